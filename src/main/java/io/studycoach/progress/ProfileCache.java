package io.studycoach.progress;

import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** Users' profiles from Slack, kept for a day so a change of time zone in Slack is picked up the next day. */
@Component
public class ProfileCache {

	static final Duration REFRESH = Duration.ofHours(24);

	private final Redis redis;

	ProfileCache(Redis redis) {
		this.redis = redis;
	}

	public Optional<UserProfile> get(String teamId, String userId) {
		return profile(this.redis.sync().get(RedisKeys.team(teamId).userProfile(userId)));
	}

	/** As {@link #get}, asked now and read later: it travels with the caller's other commands. */
	public CompletableFuture<Optional<UserProfile>> getLater(String teamId, String userId) {
		return this.redis.async()
			.get(RedisKeys.team(teamId).userProfile(userId))
			.toCompletableFuture()
			.thenApply(ProfileCache::profile);
	}

	private static Optional<UserProfile> profile(String value) {
		if (value == null) {
			return Optional.empty();
		}
		// The name comes last and may itself hold a bar.
		String[] fields = value.split("\\|", 4);
		try {
			return Optional.of(new UserProfile(ZoneId.of(fields[0]), "1".equals(fields[1]), "1".equals(fields[2]),
					fields.length > 3 ? fields[3] : ""));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Stores the profile and its expiry in one command: "zone|admin|deleted|name". */
	public void put(String teamId, String userId, UserProfile profile) {
		String value = profile.zone().getId() + "|" + (profile.admin() ? 1 : 0) + "|" + (profile.deleted() ? 1 : 0) + "|"
				+ profile.name();
		this.redis.sync().set(RedisKeys.team(teamId).userProfile(userId), value, SetArgs.Builder.ex(REFRESH));
	}

}
