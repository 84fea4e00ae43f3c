package io.studycoach.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a workspace's sends are held: {@code refusals} calls refused for a reason that may point at the
 * coach's settings (an auth error, or a channel or user not found) within {@code window}, and no call
 * succeeded in it.
 *
 * @param refusals how many such refusals make a burst
 * @param window how far back refusals and successes count; a success within it also lets a single
 * refusal be acted on (a channel paused, a member unsubscribed) without asking Slack first
 * @param retryEvery how often a held workspace is probed (auth.test) to see whether it works again
 */
@ConfigurationProperties("coach.delivery.hold")
public record HoldProperties(@DefaultValue("5") int refusals, @DefaultValue("2m") Duration window,
		@DefaultValue("1m") Duration retryEvery) {
}
