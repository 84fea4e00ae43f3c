package io.studycoach.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import io.studycoach.progress.ZoneCache;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A learner's time zone as Slack knows it (users.info {@code tz}), cached in Redis for a day.
 * When Slack cannot say, UTC, and nothing is cached, so the next call asks again.
 */
@Component
class SlackZones {

	private static final Logger logger = LoggerFactory.getLogger(SlackZones.class);

	private final ZoneCache cache;

	SlackZones(ZoneCache cache) {
		this.cache = cache;
	}

	ZoneId zone(MethodsClient client, String teamId, String userId) {
		Optional<ZoneId> cached = this.cache.get(teamId, userId);
		if (cached.isPresent()) {
			return cached.get();
		}
		Optional<ZoneId> fromSlack = fetch(client, userId);
		fromSlack.ifPresent(zone -> this.cache.put(teamId, userId, zone));
		return fromSlack.orElse(ZoneOffset.UTC);
	}

	private static Optional<ZoneId> fetch(MethodsClient client, String userId) {
		try {
			UsersInfoResponse response = client.usersInfo(r -> r.user(userId));
			if (!response.isOk() || response.getUser() == null || response.getUser().getTz() == null) {
				logger.warn("users.info for a learner's time zone failed: {}", response.getError());
				return Optional.empty();
			}
			return Optional.of(ZoneId.of(response.getUser().getTz()));
		}
		catch (Exception ex) {
			logger.warn("users.info for a learner's time zone failed: {}", ex.getMessage());
			return Optional.empty();
		}
	}

}
