package io.studycoach.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Web API calls are paced and retried: 429s wait for Retry-After; 5xx and network errors back off
 * exponentially from {@code backoff}.
 *
 * @param postsPerMinute the workspace-wide pace of chat.postMessage; 0 leaves it to Slack's 429s
 * @param channelSpacing the time between two chat.postMessage calls to one channel
 */
@ConfigurationProperties("coach.slack.retry")
public record SlackRetryProperties(@DefaultValue("5") int attempts, @DefaultValue("1s") Duration backoff,
		@DefaultValue("60s") Duration maxWait, @DefaultValue("600") int postsPerMinute,
		@DefaultValue("1s") Duration channelSpacing) {
}
