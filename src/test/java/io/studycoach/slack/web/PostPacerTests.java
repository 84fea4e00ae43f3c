package io.studycoach.slack.web;

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

	@Test
	void a429TeachesThePaceSlackAcceptedAndItFadesWhileSlackStaysQuiet() throws InterruptedException {
		PostPacer pacer = new PostPacer(0, java.time.Duration.ZERO);
		for (int i = 0; i < 100; i++) {
			pacer.await("C" + i);
		}
		assertThat(pacer.workspaceSpacing(System.nanoTime())).as("no pace before a 429").isZero();

		pacer.limited(java.time.Duration.ZERO);

		// 100 accepted in the last second: keep to 95 a second, about 10.5 ms apart.
		long learned = pacer.workspaceSpacing(System.nanoTime());
		assertThat(learned).isBetween(10_000_000L, 11_000_000L);
		long now = System.nanoTime();
		assertThat(pacer.workspaceSpacing(now + java.time.Duration.ofSeconds(50).toNanos())).isEqualTo(learned);
		assertThat(pacer.workspaceSpacing(now + java.time.Duration.ofMinutes(4).toNanos())).isLessThan(learned * 6 / 10);
	}

	@Test
	void theConfiguredPaceStaysTheFloor() throws InterruptedException {
		PostPacer pacer = new PostPacer(600, java.time.Duration.ZERO); // one every 100 ms
		pacer.await("C1");
		pacer.await("C2");

		pacer.limited(java.time.Duration.ZERO);

		assertThat(pacer.workspaceSpacing(System.nanoTime())).isGreaterThanOrEqualTo(100_000_000L);
	}

}
