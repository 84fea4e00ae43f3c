package io.studycoach.delivery;

import io.studycoach.redis.HandWiredRedis;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A target counts as pending while it waits for the tick and while the tick has handed it out for sending. */
class DueIndexTests {

	private static final Instant NOW = Instant.parse("2026-03-09T09:00:00Z");

	private final String team = "TDUE" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final DueTarget question = DueTarget.channelQuestion("C1");

	private HandWiredRedis wired;

	private DueIndex due;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		this.due = DeliveryWiring.dueIndex(this.wired.redis());
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aDueTargetIsPendingAndStaysSoWhileTheTickHasItOutForSending() {
		this.due.schedule(this.team, this.question, NOW);
		assertThat(this.due.pending(this.team, this.question, NOW)).isTrue();

		// The tick moves it a lease (2 minutes here) ahead while a worker sends it.
		this.due.postpone(this.team, List.of(this.question.key()), NOW.plus(Duration.ofMinutes(2)));
		assertThat(this.due.pending(this.team, this.question, NOW)).isTrue();
	}

	@Test
	void aTargetSentAndMovedToItsNextTimeIsNotPending() {
		this.due.schedule(this.team, this.question, NOW.plus(Duration.ofDays(1)));

		assertThat(this.due.pending(this.team, this.question, NOW)).isFalse();
		assertThat(this.due.pending(this.team, DueTarget.channelQuestion("C2"), NOW)).isFalse();
	}

}
