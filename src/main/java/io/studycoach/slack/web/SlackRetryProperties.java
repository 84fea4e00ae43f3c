package io.studycoach.slack.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Web API calls are paced and retried: 429s wait for Retry-After; 5xx and network errors back off
 * exponentially from {@code backoff}.
 *
 * @param attempts the most tries a call makes; nothing waits after the last one
 * @param backoff the wait after the first failed try, doubled after each further one
 * @param maxWait the longest single wait, for a backoff or a Retry-After
 * @param giveUpAfter a call starts no wait that would end later than this after its first try, so it gives up
 * within this time plus one HTTP timeout (10 s); chat.postMessage's pacing before the call is not counted
 * @param postsPerMinute the workspace-wide pace of chat.postMessage; 0 leaves it to Slack's 429s
 * @param channelSpacing the time between two chat.postMessage calls to one channel
 */
@ConfigurationProperties("coach.slack.retry")
public record SlackRetryProperties(@DefaultValue("5") int attempts, @DefaultValue("1s") Duration backoff,
		@DefaultValue("60s") Duration maxWait, @DefaultValue("600") int postsPerMinute,
		@DefaultValue("1s") Duration channelSpacing, @DefaultValue("30s") Duration giveUpAfter) {
}
