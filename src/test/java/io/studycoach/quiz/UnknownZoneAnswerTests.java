package io.studycoach.quiz;

import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.QuestionSelector;
import io.studycoach.learning.ReviewState;
import io.studycoach.ops.MetricsWiring;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.ProgressWiring;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an answer is dated when the learner's time zone is not known yet (the click must not wait on
 * Slack to learn it): by the study channel the question belongs to, else by UTC; a known zone always
 * wins. Late on a Wednesday in UTC, so that it is Thursday already in Paris and Tokyo.
 */
class UnknownZoneAnswerTests {

	/** Wednesday 2026-03-04 23:30 UTC: Thursday 00:30 in Paris, 08:30 in Tokyo. */
	private static final Instant AT = Instant.parse("2026-03-04T23:30:00Z");

	private static final long WEDNESDAY = LocalDate.of(2026, 3, 4).toEpochDay();

	private static final long THURSDAY = WEDNESDAY + 1;

	private static final Question SINGLE = new Question("q-single", "d1", "framing", 2, "Which one?",
			List.of("a", "b", "c", "d"), Set.of('B'), "Because b.", List.of());

	private final QuestionBank bank = new QuestionBank(List.of(new Domain("d1", "Framing", List.of(), "", 1.0)),
			List.of(SINGLE));

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final String team = "TUZ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private HandWiredRedis wired;

	private QuizService quiz;

	@BeforeEach
	void wire() {
		Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
		this.wired = HandWiredRedis.open();
		this.quiz = new QuizService(this.bank, new QuestionSelector(this.bank, clock, new SplittableRandom(7)),
				ProgressWiring.deliveryStore(this.wired.redis(), clock), ProgressWiring.answerRecorder(this.wired.redis(), this.bank),
				ProgressWiring.progressReader(this.wired.redis()), ProgressWiring.boards(this.wired.redis()),
				MetricsWiring.coachMetrics(new SimpleMeterRegistry()), clock);
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		List<String> left = this.look.keys(this.keys.everyKey());
		if (!left.isEmpty()) {
			this.look.del(left.toArray(String[]::new));
		}
	}

	@Test
	void aPersonalQuestionAnsweredWithNoKnownZoneIsDatedInUtc() {
		Delivery delivery = this.quiz.ask(this.team, "U1", "D1", "d1", ZoneOffset.UTC, Delivery.Kind.QUIZ).delivery();

		assertThat(this.quiz.answer(this.team, "U1", delivery.id(), Set.of('A'), Optional.empty()))
			.isInstanceOf(AnswerOutcome.Recorded.class);

		assertThat(lastAnsweredDay("U1")).isEqualTo(WEDNESDAY);
	}

	@Test
	void aStudyChannelsQuestionAnsweredWithNoKnownZoneIsDatedInTheChannelsZone() {
		this.look.hset(this.keys.channel("C9"), "zone", "Europe/Paris");
		Delivery delivery = this.quiz.ask(this.team, "U1", "C9", "d1", ZoneOffset.UTC, Delivery.Kind.QUIZ).delivery();
		assertThat(delivery.channelZone()).isEqualTo("Europe/Paris");

		assertThat(this.quiz.answer(this.team, "U1", delivery.id(), Set.of('A'), Optional.empty()))
			.isInstanceOf(AnswerOutcome.Recorded.class);

		assertThat(lastAnsweredDay("U1")).isEqualTo(THURSDAY);
	}

	@Test
	void aKnownZoneDatesTheAnswerWhereverTheQuestionWasAsked() {
		this.look.hset(this.keys.channel("C9"), "zone", "America/Los_Angeles");
		Delivery inChannel = this.quiz.ask(this.team, "U1", "C9", "d1", ZoneOffset.UTC, Delivery.Kind.QUIZ).delivery();

		this.quiz.answer(this.team, "U1", inChannel.id(), Set.of('A'), Optional.of(ZoneId.of("Asia/Tokyo")));

		assertThat(lastAnsweredDay("U1")).isEqualTo(THURSDAY);
	}

	/** The learner's day of the answer, as the review state written with it keeps it. */
	private long lastAnsweredDay(String user) {
		String state = this.look.hget(this.keys.learnerReviews(user), "q-single");
		assertThat(state).as("a wrong answer puts the question under review").isNotNull();
		return ReviewState.decode(state).lastAnswered().toEpochDay();
	}

}
