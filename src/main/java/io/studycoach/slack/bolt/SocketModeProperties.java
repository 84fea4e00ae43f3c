package io.studycoach.slack.bolt;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the coach runs its Socket Mode connection (used only when {@code SLACK_APP_TOKEN} is set).
 *
 * @param concurrency how many envelopes (commands, clicks, events) are handled at once; Bolt on its own
 * handles one at a time, so one slow handler would delay every acknowledgement behind it
 * @param grace how long the link may be without a connection (starting, or reconnecting after Slack
 * closed it) before {@code /actuator/health} reports it DOWN
 */
@ConfigurationProperties("slack.socket-mode")
record SocketModeProperties(@DefaultValue("16") int concurrency, @DefaultValue("30s") Duration grace) {

	SocketModeProperties {
		if (concurrency < 1) {
			throw new IllegalArgumentException("slack.socket-mode.concurrency must be at least 1");
		}
	}

}
