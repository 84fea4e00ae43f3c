package io.studycoach.progress;

import io.studycoach.content.QuestionBank;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a challenge counts as seen lately ({@link DeliveryStore#shownSince}): questions handed to the
 * learner and questions they answered. An answer drops the question's shown entry, so answered
 * questions are found through the answered set alone.
 */
class ShownSinceTests {

	private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");

	private final String team = "TSHW" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private HandWiredRedis wired;

	private AnswerRecorder recorder;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		this.recorder = ProgressWiring.answerRecorder(this.wired.redis(), new QuestionBank(List.of(), List.of()));
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aQuestionShownAndAnsweredTenDaysAgoIsStillSeenLatelyAndKeepsNoShownEntry() {
		Instant tenDaysAgo = NOW.minus(Duration.ofDays(10));
		answer(handOut("q-answered", tenDaysAgo), tenDaysAgo.plusSeconds(30));
		handOut("q-unanswered", tenDaysAgo);
		handOut("q-old", NOW.minus(Duration.ofDays(20)));

		assertThat(TestRedis.connection().sync().zrange(this.keys.learnerShown("U1"), 0, -1))
			.containsExactlyInAnyOrder("q-unanswered", "q-old");
		assertThat(store(NOW).shownSince(this.team, "U1", NOW.minus(Duration.ofDays(14))))
			.containsExactlyInAnyOrder("q-answered", "q-unanswered");
		assertThat(store(NOW).shownSince(this.team, "U1", NOW.minus(Duration.ofDays(30))))
			.containsExactlyInAnyOrder("q-answered", "q-unanswered", "q-old");
	}

	@Test
	void aQuestionHandedOutAgainAfterItsAnswerCountsFromTheLaterShowing() {
		Instant twentyDaysAgo = NOW.minus(Duration.ofDays(20));
		answer(handOut("q-1", twentyDaysAgo), twentyDaysAgo.plusSeconds(30));
		handOut("q-1", NOW.minus(Duration.ofDays(3)));

		assertThat(store(NOW).shownSince(this.team, "U1", NOW.minus(Duration.ofDays(14)))).containsExactly("q-1");
		assertThat(store(NOW).shownSince(this.team, "U1", NOW.minus(Duration.ofDays(2)))).isEmpty();
	}

	@Test
	void entriesWrittenBeforeAnswersDroppedThemReadTheSame() {
		// An earlier version kept the shown entry beside the answer: both sets name the question.
		var redis = TestRedis.connection().sync();
		long fiveDaysAgo = NOW.minus(Duration.ofDays(5)).getEpochSecond();
		redis.zadd(this.keys.learnerShown("U1"), fiveDaysAgo, "q-both");
		redis.zadd(this.keys.learnerAnswered("U1"), fiveDaysAgo + 30, "q-both");
		redis.zadd(this.keys.learnerShown("U1"), fiveDaysAgo, "q-shown");
		redis.zadd(this.keys.learnerAnswered("U1"), NOW.minus(Duration.ofDays(40)).getEpochSecond(), "q-long-ago");

		assertThat(store(NOW).shownSince(this.team, "U1", NOW.minus(Duration.ofDays(14))))
			.containsExactlyInAnyOrder("q-both", "q-shown");
	}

	private Delivery handOut(String questionId, Instant at) {
		return store(at).create(this.team, "U1", questionId, "U1", Delivery.Kind.DIRECT);
	}

	private void answer(Delivery delivery, Instant at) {
		LocalDate day = at.atZone(ZoneId.of("UTC")).toLocalDate();
		assertThat(this.recorder.record(delivery, new AnswerRecorder.Answer("U1", "B", true, "d4", day, at),
				Optional.empty(), Optional.empty(), Boards.scopesFor(delivery, Optional.empty())))
			.isTrue();
	}

	private DeliveryStore store(Instant now) {
		return new DeliveryStore(this.wired.redis(), Clock.fixed(now, ZoneOffset.UTC));
	}

}
