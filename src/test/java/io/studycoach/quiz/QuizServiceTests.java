package io.studycoach.quiz;

import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.Streak;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.DeliveryStore;
import io.studycoach.progress.ProgressWiring;
import io.studycoach.progress.Tally;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.studycoach.quiz.QuizWiring.CHOOSE_TWO;
import static io.studycoach.quiz.QuizWiring.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The real {@link QuizService} wired by hand on the real Redis, with a two-question bank and a fixed
 * clock: asking, answering right and wrong, a second click, someone else's question, unknown and
 * expired deliveries, and picks that do not fit the question.
 */
class QuizServiceTests {

	/** 1772616600 in epoch seconds, a Wednesday: epoch day 20516, in the week of Monday 2026-03-02. */
	private static final Instant AT = Instant.parse("2026-03-04T09:30:00Z");

	private static final ZoneId UTC = ZoneOffset.UTC;

	private final QuestionBank bank = QuizWiring.twoQuestionBank();

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final String team = "TQS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private HandWiredRedis wired;

	private DeliveryStore deliveries;

	private QuizService quiz;

	@BeforeEach
	void wire() {
		Clock clock = Clock.fixed(AT, UTC);
		this.wired = HandWiredRedis.open();
		this.deliveries = ProgressWiring.deliveryStore(this.wired.redis(), clock);
		this.quiz = QuizWiring.quizService(this.bank, this.wired.redis(), this.registry, clock);
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void askHandsOutAQuestionOfTheDomainAndRemembersWhomItWasFor() {
		QuizService.Asked asked = this.quiz.ask(this.team, "U1", "D1", "d1", UTC, Delivery.Kind.QUIZ);

		assertThat(asked.question()).isEqualTo(SINGLE);
		assertThat(asked.review()).isFalse();
		Delivery delivery = asked.delivery();
		assertThat(delivery.id()).matches("[A-Za-z0-9_-]{16}");
		assertThat(delivery).isEqualTo(new Delivery(delivery.id(), this.team, "U1", "q-single", "D1",
				Delivery.Kind.QUIZ, AT, "", "", ""));
		assertThat(this.look.get(this.keys.delivery(delivery.id()))).isEqualTo("U1|q-single|D1|QUIZ|1772616600|||");
		assertThat(this.look.pttl(this.keys.delivery(delivery.id()))).isBetween(Duration.ofDays(14).toMillis() - 5_000,
				Duration.ofDays(14).toMillis());
		assertThat(this.look.hgetall(this.keys.learnerStats("U1"))).containsExactly(entry("picks_since_review", "1"));
		assertThat(this.registry.get("coach.questions.sent").tag("kind", "quiz").counter().count()).isEqualTo(1.0);
	}

	@Test
	void aRightAnswerIsRecordedOnceAndASecondClickChangesNothing() {
		Delivery delivery = this.quiz.ask(this.team, "U1", "D1", "d1", UTC, Delivery.Kind.QUIZ).delivery();

		assertThat(this.quiz.answer(this.team, "U1", delivery.id(), Set.of('B'), UTC)).isEqualTo(
				new AnswerOutcome.Recorded(delivery, SINGLE, "B", true, new Streak(1, 1, true), new Tally(1, 1)));
		Map<String, String> stats = Map.of("picks_since_review", "1", "answered", "1", "right", "1", "d1:a", "1",
				"d1:r", "1");
		assertThat(this.look.hgetall(this.keys.learnerStats("U1"))).isEqualTo(stats);
		assertThat(this.look.hgetall(this.keys.deliveryAnswers(delivery.id()))).containsExactly(entry("U1", "B|1|1772616600"));
		assertThat(this.look.zrangeWithScores(this.keys.learnerAnswered("U1"), 0, -1))
			.containsExactly(ScoredValue.just(1772616600, "q-single"));
		assertThat(this.look.exists(this.keys.learnerReviews("U1"))).as("a first right answer schedules nothing").isZero();

		assertThat(this.quiz.answer(this.team, "U1", delivery.id(), Set.of('A'), UTC))
			.isEqualTo(new AnswerOutcome.AlreadyAnswered());
		assertThat(this.look.hgetall(this.keys.learnerStats("U1"))).isEqualTo(stats);
		assertThat(this.look.hgetall(this.keys.deliveryAnswers(delivery.id()))).containsExactly(entry("U1", "B|1|1772616600"));
		assertThat(this.registry.get("coach.answers").tag("right", "true").counter().count()).isEqualTo(1.0);
		assertThat(this.registry.find("coach.answers").tag("right", "false").counter()).isNull();
	}

	@Test
	void aWrongAnswerToAChooseTwoQuestionPutsItUnderReview() {
		Delivery delivery = this.quiz.ask(this.team, "U1", "D1", "d2", UTC, Delivery.Kind.QUIZ).delivery();
		assertThat(delivery.questionId()).isEqualTo("q-two");

		assertThat(this.quiz.answer(this.team, "U1", delivery.id(), Set.of('B', 'A'), UTC)).isEqualTo(
				new AnswerOutcome.Recorded(delivery, CHOOSE_TWO, "A, B", false, new Streak(1, 1, true), new Tally(1, 0)));

		assertThat(this.look.hgetall(this.keys.learnerStats("U1")))
			.isEqualTo(Map.of("picks_since_review", "1", "answered", "1", "d2:a", "1"));
		// reps 0, interval 1 day, ease 2.5, due 2026-03-05 (20517), no long rights, last answered 20516, wrong
		assertThat(this.look.hgetall(this.keys.learnerReviews("U1"))).containsExactly(entry("q-two", "0,1,2.5,0,793,0"));
		assertThat(this.registry.get("coach.answers").tag("right", "false").counter().count()).isEqualTo(1.0);

		// The right pair, picked in any order, is right; the letters are shown sorted.
		Delivery other = this.quiz.ask(this.team, "U2", "D2", "d2", UTC, Delivery.Kind.QUIZ).delivery();
		assertThat(this.quiz.answer(this.team, "U2", other.id(), Set.of('C', 'A'), UTC)).isEqualTo(
				new AnswerOutcome.Recorded(other, CHOOSE_TWO, "A, C", true, new Streak(1, 1, true), new Tally(1, 1)));
	}

	@Test
	void someoneElsesQuestionIsNotYoursAndRecordsNothing() {
		Delivery delivery = this.quiz.ask(this.team, "U1", "D1", "d1", UTC, Delivery.Kind.QUIZ).delivery();

		assertThat(this.quiz.answer(this.team, "U2", delivery.id(), Set.of('B'), UTC))
			.isEqualTo(new AnswerOutcome.NotYours());

		assertThat(this.look.exists(this.keys.deliveryAnswers(delivery.id()), this.keys.learnerStats("U2"),
				this.keys.learnerAnswered("U2")))
			.isZero();
		assertThat(this.quiz.answer(this.team, "U1", delivery.id(), Set.of('B'), UTC))
			.as("its owner can still answer it")
			.isInstanceOf(AnswerOutcome.Recorded.class);
	}

	@Test
	void anUnknownExpiredOrRetiredDeliveryIsExpiredAndRecordsNothing() {
		Delivery expired = this.quiz.ask(this.team, "U1", "D1", "d1", UTC, Delivery.Kind.QUIZ).delivery();
		this.look.del(this.keys.delivery(expired.id()));
		Delivery retired = this.deliveries.create(this.team, "U1", "q-left-the-bank", "D1", Delivery.Kind.QUIZ);

		for (String id : List.of(expired.id(), "AAAAAAAAAAAAAAAA", "not-a-delivery", "", retired.id())) {
			assertThat(this.quiz.answer(this.team, "U1", id, Set.of('B'), UTC)).as(id)
				.isEqualTo(new AnswerOutcome.Expired());
		}
		assertThat(this.quiz.answer("TOTHER", "U1", retired.id(), Set.of('B'), UTC)).as("another workspace's")
			.isEqualTo(new AnswerOutcome.Expired());

		assertThat(this.look.hgetall(this.keys.learnerStats("U1"))).containsExactly(entry("picks_since_review", "1"));
		assertThat(this.look.exists(this.keys.deliveryAnswers(expired.id()), this.keys.deliveryAnswers(retired.id()),
				this.keys.learnerAnswered("U1"), this.keys.learnerDays("U1")))
			.isZero();
	}

	@Test
	void aPickOfTheWrongSizeOrOutsideTheChoicesIsInvalidAndRecordsNothing() {
		Delivery single = this.quiz.ask(this.team, "U1", "D1", "d1", UTC, Delivery.Kind.QUIZ).delivery();
		Delivery two = this.quiz.ask(this.team, "U1", "D1", "d2", UTC, Delivery.Kind.QUIZ).delivery();

		for (Set<Character> pick : List.of(Set.<Character>of(), Set.of('A', 'B'), Set.of('E'), Set.of('b'))) {
			assertThat(this.quiz.answer(this.team, "U1", single.id(), pick, UTC)).as("%s", pick)
				.isEqualTo(new AnswerOutcome.Invalid(1));
		}
		for (Set<Character> pick : List.of(Set.of('A'), Set.of('A', 'B', 'C'), Set.of('A', 'F'))) {
			assertThat(this.quiz.answer(this.team, "U1", two.id(), pick, UTC)).as("%s", pick)
				.isEqualTo(new AnswerOutcome.Invalid(2));
		}

		assertThat(this.look.exists(this.keys.deliveryAnswers(single.id()), this.keys.deliveryAnswers(two.id())))
			.isZero();
		assertThat(this.quiz.answer(this.team, "U1", single.id(), Set.of('B'), UTC))
			.as("the first valid pick still counts")
			.isEqualTo(new AnswerOutcome.Recorded(single, SINGLE, "B", true, new Streak(1, 1, true), new Tally(1, 1)));
	}

	@Test
	void aQuizAskedInAStudyChannelCountsOnTheChannelsDayAndBoards() {
		this.look.hset(this.keys.channel("C9"), "zone", "Europe/Paris");
		Delivery delivery = this.quiz.ask(this.team, "U1", "C9", "d1", UTC, Delivery.Kind.QUIZ).delivery();
		assertThat(delivery.channelZone()).isEqualTo("Europe/Paris");

		assertThat(this.quiz.answer(this.team, "U1", delivery.id(), Set.of('B'), UTC))
			.isInstanceOf(AnswerOutcome.Recorded.class);

		LocalDate parisDay = LocalDate.of(2026, 3, 4);
		assertThat(this.look.hgetall(this.keys.channelTally("C9", parisDay)))
			.isEqualTo(Map.of("d1:answered", "1", "d1:right", "1"));
		for (BoardScope board : List.of(BoardScope.channelAllTime("C9"),
				BoardScope.channelWeek("C9", LocalDate.of(2026, 3, 2)))) {
			assertThat(this.look.zscore(this.keys.boardPoints(board.key()), "U1")).as(board.key()).isEqualTo(10.0);
			assertThat(this.look.hget(this.keys.boardStats(board.key()), "U1")).isEqualTo("1|1|1772616600");
		}
	}

}
