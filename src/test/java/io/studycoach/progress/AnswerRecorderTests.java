package io.studycoach.progress;

import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.ReviewState;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

/**
 * {@link AnswerRecorder} and {@code redis/record-answer.lua} on the real Redis, wired by hand. The
 * script's branches, and the test that takes each:
 * <ol>
 * <li>HSETNX finds this user's answer already there: returns 0 and writes nothing (aSecondAnswer...)</li>
 * <li>a personal delivery (ARGV[13] set): its answers and the delivery itself expire in a day (aFirstRight..., aChallenge...)</li>
 * <li>a channel delivery (ARGV[13] ""): its answers get the 14-day lifetime, the delivery keeps its own (aChannel...)</li>
 * <li>expire_once: a key without a time to live gets one, a key with one keeps it (aChannel...)</li>
 * <li>right or wrong: the {@code right} counters, 10 or 0 board points, the board's latest-right moved or kept (all)</li>
 * <li>no review state ("") leaves the reviews hash alone; a state is stored (aFirstRight..., aFirstWrong...)</li>
 * <li>a channel day: the channel's domain tally and, for a wrong answer, the week's missed set, 40 days;
 * no channel day: neither is written (aChannel..., aFirstRight...)</li>
 * <li>leaderboards: none; a member new to a board; a member already on it (counters added up); a board kept
 * for ever ("") or for its lifetime (aChannel..., aChallenge...)</li>
 * <li>areas: the domain alone, or the domain and the guide section (all; onlyAFirstAttempt...); the week's
 * tally by domain only (onlyAFirstAttempt...)</li>
 * <li>the question's entry in the learner's shown set is dropped: the answered set says it (aFirstRight...,
 * ShownSinceTests)</li>
 * <li>the learner's counters per area are named short ({@code d4:a}); those earlier versions wrote
 * ({@code d4:answered}) and their review states read together with the new ones (whatEarlierVersionsWrote...)</li>
 * <li>returns 2 for the learner's first attempt at the question ever, which alone feeds the item figures,
 * and 1 for a later one (onlyAFirstAttempt...)</li>
 * </ol>
 */
class AnswerRecorderTests {

	/** A Wednesday, 1772616600 in epoch seconds; its bit in the active-days bitmap is 793. */
	private static final Instant AT = Instant.parse("2026-03-04T09:30:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final String team = "TREC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private HandWiredRedis wired;

	private AnswerRecorder recorder;

	private DeliveryStore deliveries;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		this.recorder = ProgressWiring.answerRecorder(this.wired.redis(), new QuestionBank(List.of(), List.of()));
		this.deliveries = new DeliveryStore(this.wired.redis(), Clock.fixed(AT, ZoneOffset.UTC));
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aFirstRightAnswerToAPersonalQuestionCountsEverywhereItShouldAndNowhereElse() {
		Delivery delivery = this.deliveries.create(this.team, "U1", "q-1", "D1", Delivery.Kind.QUIZ);

		assertThat(record(delivery, "U1", "B", true, DAY, AT, Optional.empty(), Optional.empty())).isTrue();

		assertThat(this.look.hgetall(this.keys.deliveryAnswers(delivery.id()))).containsExactly(entry("U1", "B|1|1772616600"));
		assertTtl(this.keys.deliveryAnswers(delivery.id()), Duration.ofDays(1));
		assertTtl(this.keys.delivery(delivery.id()), Duration.ofDays(1));
		Map<String, String> rightOnce = Map.of("answered", "1", "right", "1", "d4:a", "1", "d4:r", "1");
		assertThat(this.look.hgetall(this.keys.learnerStats("U1"))).isEqualTo(rightOnce);
		assertThat(this.look.getbit(this.keys.learnerDays("U1"), 793)).isEqualTo(1L);
		assertThat(this.look.bitcount(this.keys.learnerDays("U1"))).isEqualTo(1L);
		assertThat(this.look.zrangeWithScores(this.keys.learnerAnswered("U1"), 0, -1))
			.containsExactly(ScoredValue.just(1772616600, "q-1"));
		assertThat(this.look.hgetall(this.keys.learnerWeek("U1", MONDAY))).isEqualTo(rightOnce);
		assertTtl(this.keys.learnerWeek("U1", MONDAY), Duration.ofDays(10));
		// No review state, no channel day, no board: nothing else is written (KEYS[6] and KEYS[8] stand in unused).
		// The delivery noted the question as shown; the answer took that entry out again, as the answered set
		// now says when the learner last saw it (a challenge still never repeats it).
		assertThat(this.look.keys(this.keys.everyKey())).containsExactlyInAnyOrder(this.keys.delivery(delivery.id()),
				this.keys.deliveryAnswers(delivery.id()), this.keys.learnerStats("U1"), this.keys.learnerDays("U1"),
				this.keys.learnerAnswered("U1"), this.keys.learnerWeek("U1", MONDAY));
		assertThat(this.deliveries.shownSince(this.team, "U1", AT.minus(Duration.ofDays(14)))).containsExactly("q-1");
	}

	@Test
	void aFirstWrongAnswerCountsNothingRightAndStoresTheReviewState() {
		Delivery delivery = this.deliveries.create(this.team, "U1", "q-1", "U1", Delivery.Kind.DIRECT);
		ReviewState review = new ReviewState(0, 1, 2.5, 0, DAY, false);

		assertThat(record(delivery, "U1", "A, C", false, DAY, AT, Optional.of(review), Optional.empty())).isTrue();

		assertThat(this.look.hgetall(this.keys.deliveryAnswers(delivery.id())))
			.containsExactly(entry("U1", "A, C|0|1772616600"));
		Map<String, String> wrongOnce = Map.of("answered", "1", "d4:a", "1");
		assertThat(this.look.hgetall(this.keys.learnerStats("U1"))).isEqualTo(wrongOnce);
		assertThat(this.look.hgetall(this.keys.learnerWeek("U1", MONDAY))).isEqualTo(wrongOnce);
		// reps 0, interval 1, ease 2.5, 0 long rights, last day 793 after 2024-01-01 (2026-03-04), wrong
		assertThat(this.look.hgetall(this.keys.learnerReviews("U1"))).containsExactly(entry("q-1", "0,1,2.5,0,793,0"));
		assertThat(this.look.getbit(this.keys.learnerDays("U1"), 793)).isEqualTo(1L);
	}

	@Test
	void anAnswerThatLengthensTheDaysBitmapLeavesItNoRoomToSpareAndKeepsItsTimeToLive() {
		// An answer on day 793 first, then one 100 days later: SETBIT would grow the string to about
		// twice the 106 bytes it needs.
		Delivery first = this.deliveries.create(this.team, "U1", "q-1", "U1", Delivery.Kind.DIRECT);
		assertThat(record(first, "U1", "B", true, DAY, AT, Optional.empty(), Optional.empty())).isTrue();
		this.look.expire(this.keys.learnerDays("U1"), 1000);
		Delivery later = this.deliveries.create(this.team, "U1", "q-2", "U1", Delivery.Kind.DIRECT);
		assertThat(record(later, "U1", "B", true, DAY.plusDays(100), AT.plus(Duration.ofDays(100)), Optional.empty(),
				Optional.empty())).isTrue();

		String days = this.keys.learnerDays("U1");
		assertThat(this.look.getbit(days, 793)).isEqualTo(1L);
		assertThat(this.look.getbit(days, 893)).isEqualTo(1L);
		assertThat(this.look.bitcount(days)).isEqualTo(2L);
		assertThat(this.look.strlen(days)).isEqualTo(893 / 8 + 1);
		assertTtl(days, Duration.ofSeconds(1000));
		// The same bytes set afresh take no less memory.
		String copy = this.keys.learnerDays("U2");
		this.look.restore(copy, 0, this.look.dump(days));
		assertThat(this.look.memoryUsage(days)).isLessThanOrEqualTo(this.look.memoryUsage(copy));
	}

	@Test
	void aSecondAnswerToTheSameDeliveryChangesNothing() {
		// A /quiz asked in a study channel: personal, with a channel day and two boards, so every write could show.
		Delivery delivery = this.deliveries.create(this.team, "U1", "q-7", "C1", Delivery.Kind.QUIZ, "UTC", "");
		Optional<LocalDate> channelDay = Optional.of(DAY);
		assertThat(record(delivery, "U1", "B", true, DAY, AT, Optional.empty(), channelDay)).isTrue();
		// The delivery and its answers, stats, days, answered, week, the channel tally, two boards of two keys
		// (the question's shown entry went with the answer).
		assertThat(this.look.keys(this.keys.everyKey())).hasSize(11);
		this.look.keys(this.keys.everyKey()).forEach(key -> this.look.expire(key, 1000));
		Map<String, byte[]> before = snapshot();

		// Wrong this time, a day later, with a review state: had it counted, every one of these would show.
		assertThat(record(delivery, "U1", "A", false, DAY.plusDays(1), AT.plus(Duration.ofDays(1)),
				Optional.of(new ReviewState(0, 1, 2.5, 0, DAY.plusDays(1), false)), channelDay))
			.isFalse();

		Map<String, byte[]> after = snapshot();
		assertThat(after.keySet()).isEqualTo(before.keySet());
		before.forEach((key, value) -> {
			assertThat(after.get(key)).as(key).isEqualTo(value);
			assertTtl(key, Duration.ofSeconds(1000));
		});
		assertThat(this.look.hgetall(this.keys.deliveryAnswers(delivery.id()))).containsExactly(entry("U1", "B|1|1772616600"));
	}

	@Test
	void aChannelQuestionTalliesTheChannelsDayAndCountsOnItsBoards() {
		Delivery delivery = this.deliveries.create(this.team, "", "q-7", "C1", Delivery.Kind.CHANNEL, "Europe/Paris", "");
		Optional<LocalDate> channelDay = Optional.of(DAY);
		String answers = this.keys.deliveryAnswers(delivery.id());
		String tally = this.keys.channelTally("C1", DAY);
		String missed = this.keys.channelMissed("C1", MONDAY);
		BoardScope all = BoardScope.channelAllTime("C1");
		BoardScope week = BoardScope.channelWeek("C1", MONDAY);

		assertThat(record(delivery, "U1", "B", true, DAY, AT, Optional.empty(), channelDay)).isTrue();
		assertTtl(answers, Duration.ofDays(14));
		assertTtl(tally, Duration.ofDays(40));
		assertTtl(this.keys.boardPoints(week.key()), Duration.ofDays(60));
		assertThat(this.look.exists(missed)).as("a right answer misses nothing").isZero();
		// Shorten what the first answer set: the second must keep these (expire_once), not set them again.
		this.look.expire(answers, 100);
		this.look.expire(tally, 300);
		this.look.expire(this.keys.boardPoints(week.key()), 500);
		this.look.expire(this.keys.delivery(delivery.id()), 700);

		assertThat(record(delivery, "U2", "A", false, DAY, AT, Optional.empty(), channelDay)).isTrue();

		assertThat(this.look.hgetall(answers)).isEqualTo(Map.of("U1", "B|1|1772616600", "U2", "A|0|1772616600"));
		assertTtl(answers, Duration.ofSeconds(100));
		assertTtl(this.keys.delivery(delivery.id()), Duration.ofSeconds(700));
		assertThat(this.look.hgetall(tally)).isEqualTo(Map.of("d4:answered", "2", "d4:right", "1"));
		assertTtl(tally, Duration.ofSeconds(300));
		assertThat(this.look.zrangeWithScores(missed, 0, -1)).containsExactly(ScoredValue.just(1, "q-7"));
		assertTtl(missed, Duration.ofDays(40));
		for (BoardScope board : List.of(all, week)) {
			assertThat(this.look.zrangeWithScores(this.keys.boardPoints(board.key()), 0, -1)).as(board.key())
				.containsExactly(ScoredValue.just(0, "U2"), ScoredValue.just(10, "U1"));
			assertThat(this.look.hgetall(this.keys.boardStats(board.key()))).as(board.key())
				.isEqualTo(Map.of("U1", "1|1|1772616600", "U2", "1|0|0"));
		}
		assertThat(this.look.ttl(this.keys.boardPoints(all.key()))).as("the all-time board is kept for ever").isEqualTo(-1L);
		assertThat(this.look.ttl(this.keys.boardStats(all.key()))).isEqualTo(-1L);
		assertTtl(this.keys.boardPoints(week.key()), Duration.ofSeconds(500));
		assertTtl(this.keys.boardStats(week.key()), Duration.ofDays(60));
	}

	@Test
	void aChallengeBoardAddsToWhatAMemberAlreadyHas() {
		BoardScope board = BoardScope.challenge("X1");
		this.look.hset(this.keys.boardStats(board.key()), "U1", "3|2|1700000000");
		this.look.zadd(this.keys.boardPoints(board.key()), 20, "U1");
		Delivery first = this.deliveries.create(this.team, "U1", "q-1", "U1", Delivery.Kind.CHALLENGE, "", "X1");
		Delivery second = this.deliveries.create(this.team, "U1", "q-1", "U1", Delivery.Kind.CHALLENGE, "", "X1");
		assertThat(Boards.scopesFor(first, Optional.empty())).containsExactly(board);

		assertThat(record(first, "U1", "C", false, DAY, AT, Optional.empty(), Optional.empty())).isTrue();
		assertThat(this.look.hget(this.keys.boardStats(board.key()), "U1")).as("wrong: latest right kept")
			.isEqualTo("4|2|1700000000");
		assertThat(this.look.zscore(this.keys.boardPoints(board.key()), "U1")).isEqualTo(20.0);
		assertTtl(this.keys.boardPoints(board.key()), Duration.ofDays(120));
		assertTtl(this.keys.boardStats(board.key()), Duration.ofDays(120));
		assertTtl(this.keys.deliveryAnswers(first.id()), Duration.ofDays(1));
		assertTtl(this.keys.delivery(first.id()), Duration.ofDays(1));

		// The next day (learner's day 2026-03-05, same week), right: 1772703000.
		assertThat(record(second, "U1", "B", true, DAY.plusDays(1), AT.plus(Duration.ofDays(1)), Optional.empty(),
				Optional.empty()))
			.isTrue();
		assertThat(this.look.hget(this.keys.boardStats(board.key()), "U1")).isEqualTo("5|3|1772703000");
		assertThat(this.look.zscore(this.keys.boardPoints(board.key()), "U1")).isEqualTo(30.0);
		assertThat(this.look.zrangeWithScores(this.keys.learnerAnswered("U1"), 0, -1)).as("latest answer's time")
			.containsExactly(ScoredValue.just(1772703000, "q-1"));
		assertThat(this.look.getbit(this.keys.learnerDays("U1"), 794)).isEqualTo(1L);
		assertThat(this.look.bitcount(this.keys.learnerDays("U1"))).isEqualTo(2L);
		assertThat(this.look.hgetall(this.keys.learnerWeek("U1", MONDAY)))
			.isEqualTo(Map.of("answered", "2", "right", "1", "d4:a", "2", "d4:r", "1"));
		assertThat(this.look.keys("sc:{" + this.team + "}:ch:*")).isEmpty();
	}

	@Test
	void onlyAFirstAttemptAtAQuestionEverFeedsTheItemFiguresAndTheGuideSectionIsTallied() {
		// Question ids of this test alone: the item figures are deployment-wide, in no workspace's keys.
		String question = "q-first-" + this.team;
		String another = "q-other-" + this.team;
		Delivery first = this.deliveries.create(this.team, "U1", question, "D1", Delivery.Kind.QUIZ);
		Delivery again = this.deliveries.create(this.team, "U1", question, "D1", Delivery.Kind.QUIZ);
		Delivery otherLearner = this.deliveries.create(this.team, "U2", question, "D2", Delivery.Kind.QUIZ);
		Delivery marker = this.deliveries.create(this.team, "U1", another, "D1", Delivery.Kind.QUIZ);
		try {
			assertThat(recordInSection(first, "U1", "B", true, "s3")).isTrue();
			await().atMost(Duration.ofSeconds(10)).until(() -> answers(question) == 1);

			assertThat(recordInSection(again, "U1", "A", false, "s3")).as("counted for the learner").isTrue();
			assertThat(recordInSection(otherLearner, "U2", "B", true, "s3")).isTrue();
			assertThat(recordInSection(marker, "U1", "C", true, "s3")).isTrue();
			// The figures are written after each answer on one learning thread, in order: once the last
			// answer's are in, the repeat's would be too.
			await().atMost(Duration.ofSeconds(10)).until(() -> answers(another) == 1);

			assertThat(answers(question)).as("U1's first and U2's first, not U1's repeat").isEqualTo(2);
			assertThat(this.look.hgetall(this.keys.learnerStats("U1"))).isEqualTo(Map.of("answered", "3", "right", "2",
					"d4:a", "3", "d4:r", "2", "s3:a", "3", "s3:r", "2"));
			// The week's tally, read only by the Monday DM, counts by domain.
			assertThat(this.look.hgetall(this.keys.learnerWeek("U1", MONDAY)))
				.isEqualTo(Map.of("answered", "3", "right", "2", "d4:a", "3", "d4:r", "2"));
		}
		finally {
			List<String> fields = this.look.hkeys(RedisKeys.questionStats())
				.stream()
				.filter(field -> field.startsWith(question + "|") || field.startsWith(another + "|"))
				.toList();
			if (!fields.isEmpty()) {
				this.look.hdel(RedisKeys.questionStats(), fields.toArray(String[]::new));
			}
		}
	}

	@Test
	void whatEarlierVersionsWroteStillCountsBesideWhatTheScriptWritesNow() {
		this.look.hset(this.keys.learnerStats("U1"), Map.of("answered", "5", "right", "3", "d4:answered", "4", "d4:right",
				"3", "s3:answered", "2", "s3:right", "1", "d2:answered", "1", "d2:right", "0"));
		// reps, interval, ease, due, long rights, last, last right, in days since 1970-01-01
		this.look.hset(this.keys.learnerReviews("U1"), "q-old", "1,3,2.3,20513,0,20510,1");
		Delivery delivery = this.deliveries.create(this.team, "U1", "q-1", "D1", Delivery.Kind.QUIZ);
		ReviewState missed = new ReviewState(0, 1, 2.5, 0, DAY, false);
		assertThat(this.recorder.record(delivery, new AnswerRecorder.Answer("U1", "A", false, "d4", DAY, AT, "s3"),
				Optional.of(missed), Optional.empty(), Boards.scopesFor(delivery, Optional.empty())))
			.isTrue();
		assertThat(record(this.deliveries.create(this.team, "U1", "q-2", "D1", Delivery.Kind.QUIZ), "U1", "B", true, DAY,
				AT, Optional.empty(), Optional.empty()))
			.isTrue();

		LearnerProgress progress = ProgressWiring.progressReader(this.wired.redis()).read(this.team, "U1");

		assertThat(progress.overall()).isEqualTo(new Tally(7, 4));
		assertThat(progress.byDomain()).containsOnly(entry("d4", new Tally(6, 4)), entry("d2", new Tally(1, 0)));
		assertThat(progress.bySection()).containsOnly(entry("s3", new Tally(3, 1)));
		assertThat(progress.history().reviews()).containsOnly(entry("q-1", missed),
				entry("q-old", new ReviewState(1, 3, 2.3, 0, LocalDate.ofEpochDay(20510), true)));
		assertThat(progress.history().reviews().get("q-old").due()).isEqualTo(LocalDate.ofEpochDay(20513));
		assertThat(this.look.hget(this.keys.learnerReviews("U1"), "q-1")).isEqualTo("0,1,2.5,0,793,0");
	}

	/** First attempts at the question counted in the item figures. */
	private long answers(String questionId) {
		String count = this.look.hget(RedisKeys.questionStats(), questionId + "|n");
		return count == null ? 0 : Long.parseLong(count);
	}

	private boolean recordInSection(Delivery delivery, String user, String letters, boolean right, String section) {
		return this.recorder.record(delivery,
				new AnswerRecorder.Answer(user, letters, right, "d4", DAY, AT, section), Optional.empty(),
				Optional.empty(), Boards.scopesFor(delivery, Optional.empty()));
	}

	private boolean record(Delivery delivery, String user, String letters, boolean right, LocalDate learnerDay,
			Instant at, Optional<ReviewState> review, Optional<LocalDate> channelDay) {
		return this.recorder.record(delivery, new AnswerRecorder.Answer(user, letters, right, "d4", learnerDay, at),
				review, channelDay, Boards.scopesFor(delivery, channelDay));
	}

	/** Every key of the team, serialized with DUMP (type, value and encoding). */
	private Map<String, byte[]> snapshot() {
		Map<String, byte[]> dumps = new HashMap<>();
		for (String key : this.look.keys(this.keys.everyKey())) {
			dumps.put(key, this.look.dump(key));
		}
		return dumps;
	}

	/** The key's time to live is {@code lifetime}, less the few moments the test took since it was set. */
	private void assertTtl(String key, Duration lifetime) {
		assertThat(this.look.pttl(key)).as("time to live of %s", key)
			.isBetween(lifetime.toMillis() - 5_000, lifetime.toMillis());
	}

}
