package io.studycoach.install;

import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Slack retries an event it thinks failed (https://api.slack.com/apis/events-api#retries) and Bolt
 * does not deduplicate: this remembers each event id for an hour, across instances.
 */
@Component
public class SeenEvents {

	static final Duration REMEMBER = Duration.ofHours(1);

	private final Redis redis;

	SeenEvents(Redis redis) {
		this.redis = redis;
	}

	/** True the first time any instance sees this event id of this workspace within the hour. */
	public boolean firstSight(String teamId, String eventId) {
		return "OK".equals(this.redis.sync().set(RedisKeys.team(teamId).event(eventId), "1", SetArgs.Builder.nx().ex(REMEMBER)));
	}

}
