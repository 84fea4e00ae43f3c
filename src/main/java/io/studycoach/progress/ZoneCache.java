package io.studycoach.progress;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Learners' time zones from Slack, kept for a day so a change in Slack is picked up the next day. */
@Component
public class ZoneCache {

	static final Duration REFRESH = Duration.ofHours(24);

	private final StatefulRedisConnection<String, String> redis;

	ZoneCache(StatefulRedisConnection<String, String> redis) {
		this.redis = redis;
	}

	public Optional<ZoneId> get(String teamId, String userId) {
		String zone = this.redis.sync().get(RedisKeys.team(teamId).learnerZone(userId));
		try {
			return zone == null ? Optional.empty() : Optional.of(ZoneId.of(zone));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	public void put(String teamId, String userId, ZoneId zone) {
		this.redis.sync().set(RedisKeys.team(teamId).learnerZone(userId), zone.getId(), SetArgs.Builder.ex(REFRESH));
	}

}
