package io.studycoach.slack;

import io.studycoach.progress.ProfileCache;
import io.studycoach.delivery.UserDirectory;
import io.studycoach.delivery.WorkspaceBreaker;
import io.studycoach.progress.UserProfile;

import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What Slack says of a user (users.info: {@code tz}, admin or owner, deactivated), cached in Redis
 * for a day. When Slack cannot say, UTC and not an admin, and nothing is cached, so the next call asks
 * again.
 */
@Component
public class SlackUsers implements UserDirectory {

	private static final Logger logger = LoggerFactory.getLogger(SlackUsers.class);

	private final ProfileCache cache;

	private final SlackCalls slack;

	private final WorkspaceBreaker breaker;

	public SlackUsers(ProfileCache cache, SlackCalls slack, WorkspaceBreaker breaker) {
		this.cache = cache;
		this.slack = slack;
		this.breaker = breaker;
	}

	@Override
	public UserProfile profile(String teamId, String userId) {
		Optional<UserProfile> cached = this.cache.get(teamId, userId);
		if (cached.isPresent()) {
			return cached.get();
		}
		Optional<Fetched> fresh = fetch(teamId, userId);
		fresh.filter(Fetched::cacheable).ifPresent(fetched -> this.cache.put(teamId, userId, fetched.profile()));
		return fresh.map(Fetched::profile).orElse(new UserProfile(ZoneOffset.UTC, false, false));
	}

	public ZoneId zone(String teamId, String userId) {
		return profile(teamId, userId).zone();
	}

	/** Reads the user from Slack again (after a user_change event) and caches what it says. */
	public UserProfile refresh(String teamId, User user) {
		UserProfile profile = toProfile(user);
		this.cache.put(teamId, user.getId(), profile);
		return profile;
	}

	private Optional<Fetched> fetch(String teamId, String userId) {
		try {
			UsersInfoResponse response = this.slack.call(teamId, "users.info", c -> c.usersInfo(r -> r.user(userId)));
			if (!response.isOk() || response.getUser() == null) {
				// A token of another workspace finds nobody: "not found" means gone only where other calls work.
				// Asked again next time rather than cached, so a wrong token never leaves a member marked gone.
				return "user_not_found".equals(response.getError()) && this.breaker.confirms(teamId)
						? Optional.of(new Fetched(new UserProfile(ZoneOffset.UTC, false, true), false)) : Optional.empty();
			}
			return Optional.of(new Fetched(toProfile(response.getUser()), true));
		}
		catch (RuntimeException ex) {
			logger.warn("users.info failed: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/** What users.info said, and whether it may be kept for a day. */
	private record Fetched(UserProfile profile, boolean cacheable) {
	}

	private static UserProfile toProfile(User user) {
		ZoneId zone = ZoneOffset.UTC;
		try {
			if (user.getTz() != null) {
				zone = ZoneId.of(user.getTz());
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Slack gave a time zone Java does not know; using UTC");
		}
		return new UserProfile(zone, user.isAdmin() || user.isOwner() || user.isPrimaryOwner(), user.isDeleted());
	}

}
