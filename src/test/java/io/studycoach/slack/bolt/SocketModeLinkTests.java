package io.studycoach.slack.bolt;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The link's states on their own: hello, closes (stale ones too), and the grace period. */
class SocketModeLinkTests {

	private final AtomicBoolean currentAnswersPing = new AtomicBoolean();

	private final SocketModeLink link = new SocketModeLink(Duration.ofMillis(300));

	@Test
	void startingIsConnectingUntilHelloAndDownPastTheGraceWithoutOne() {
		this.link.starting(this.currentAnswersPing::get);

		assertThat(this.link.status().state()).isEqualTo(SocketModeLink.State.CONNECTING);
		this.link.closed(1002, "refused");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.link.status().state() == SocketModeLink.State.DOWN);
		assertThat(this.link.status().problem()).contains("1002").contains("refused");

		this.link.hello(1);

		assertThat(this.link.status().state()).isEqualTo(SocketModeLink.State.CONNECTED);
		assertThat(this.link.status().problem()).isEmpty();
	}

	@Test
	void aCloseLosesTheLinkUnlessTheCurrentConnectionStillAnswers() {
		this.link.starting(this.currentAnswersPing::get);
		this.link.hello(1);

		// Slack's refresh: the new connection said hello before the old one's close arrived.
		this.currentAnswersPing.set(true);
		this.link.closed(1000, "");
		assertThat(this.link.status().state()).isEqualTo(SocketModeLink.State.CONNECTED);

		this.currentAnswersPing.set(false);
		this.link.failed(new java.io.IOException("reset"));
		assertThat(this.link.status().state()).isEqualTo(SocketModeLink.State.CONNECTING);
		assertThat(this.link.status().problem()).contains("IOException");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.link.status().state() == SocketModeLink.State.DOWN);
	}

}
