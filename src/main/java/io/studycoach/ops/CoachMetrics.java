package io.studycoach.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The coach's own Prometheus metrics (at /actuator/prometheus): questions handed out, answers and
 * how many were right, how late daily sends go out, fan-out work given up on, Slack API errors and
 * 429s by method, and how long Slack waits for an acknowledgement.
 */
@Component
public class CoachMetrics {

	private final MeterRegistry registry;

	CoachMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** @param kind quiz, channel, direct or challenge */
	public void questionSent(String kind) {
		Counter.builder("coach.questions.sent").description("Questions handed out").tag("kind", kind)
			.register(this.registry).increment();
	}

	public void answered(boolean right) {
		Counter.builder("coach.answers").description("First answers recorded").tag("right", Boolean.toString(right))
			.register(this.registry).increment();
	}

	/** How long after its local send time a daily question went out. */
	public void fanOutLag(Duration lag) {
		Timer.builder("coach.fanout.lag").description("Delay between a daily send's local time and its send")
			.register(this.registry).record(lag.isNegative() ? Duration.ZERO : lag);
	}

	/** A fan-out work item moved to the dead-letter stream after too many deliveries. */
	public void fanOutDeadLetter() {
		Counter.builder("coach.fanout.dead.letters")
			.description("Fan-out work items moved to the dead-letter stream after too many deliveries")
			.register(this.registry).increment();
	}

	/** @param why {@code reports} or {@code statistics} */
	public void questionQuarantined(String why) {
		Counter.builder("coach.questions.quarantined").description("Questions quarantined: no longer served")
			.tag("why", why).register(this.registry).increment();
	}

	/** @param by {@code command} or {@code content} */
	public void questionCleared(String by) {
		Counter.builder("coach.questions.cleared").description("Quarantined questions cleared and served again")
			.tag("by", by).register(this.registry).increment();
	}

	public void slackError(String method, String error) {
		Counter.builder("coach.slack.errors").description("Slack Web API calls that failed").tag("method", method)
			.tag("error", error).register(this.registry).increment();
	}

	public void slackRateLimited(String method) {
		Counter.builder("coach.slack.ratelimited").description("Slack Web API calls answered 429").tag("method", method)
			.register(this.registry).increment();
	}

	/** @param type the Bolt request type: slash command, block action, event */
	public void ack(String type, Duration took) {
		Timer.builder("coach.slack.ack").description("Time to acknowledge a request from Slack").tag("type", type)
			.register(this.registry).record(took);
	}

}
