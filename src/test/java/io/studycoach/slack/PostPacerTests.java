package io.studycoach.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pacing Slack asks for: lower bounds on waiting, which is what pacing must guarantee. */
class PostPacerTests {

	@Test
	void aSecondMessageToTheSameChannelWaitsAboutASecond() throws InterruptedException {
		PostPacer pacer = new PostPacer(0, java.time.Duration.ofSeconds(1));
		pacer.await("C1");
		long start = System.nanoTime();

		pacer.await("C1");

		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(950);
	}

	@Test
	void messagesToDifferentChannelsKeepTheWorkspacePace() throws InterruptedException {
		PostPacer pacer = new PostPacer(6_000, java.time.Duration.ofSeconds(1)); // one every 10 ms
		long start = System.nanoTime();

		for (int i = 0; i < 21; i++) {
			pacer.await("C" + i);
		}

		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(195);
	}

}
