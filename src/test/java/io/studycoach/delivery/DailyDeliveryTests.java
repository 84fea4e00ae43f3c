package io.studycoach.delivery;

import io.lettuce.core.api.sync.RedisCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.QuestionSelector;
import io.studycoach.ops.MetricsWiring;
import io.studycoach.progress.ProgressWiring;
import io.studycoach.progress.UserProfile;
import io.studycoach.quiz.QuizWiring;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.MutableClock;
import io.studycoach.support.RecordingOutbox;
import io.studycoach.support.RecordingOutbox.Kind;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link DailyDelivery} wired by hand on the real Redis, with {@link RecordingOutbox} in Slack's place:
 * a study channel's question goes out once a day, a refusal pauses the channel and tells its leads, a
 * failure gives the day back for a retry, and a lease held elsewhere keeps the channel due.
 */
class DailyDeliveryTests {

	private static final String CHANNEL = "C0DAILY";

	private static final DueTarget TARGET = DueTarget.channelQuestion(CHANNEL);

	private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

	private static final Instant TUESDAY_NINE = Instant.parse("2026-03-03T09:00:00Z");

	private static final Instant WEDNESDAY_NINE = Instant.parse("2026-03-04T09:00:00Z");

	private final String team = "TDD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T17:00:00Z"));

	private final RecordingOutbox slack = new RecordingOutbox();

	private HandWiredRedis wired;

	private SendLedger ledger;

	private DailyDelivery daily;

	private DirectQuestions directs;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		Redis redis = this.wired.redis();
		QuestionBank bank = QuizWiring.twoQuestionBank();
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		ChannelStore channels = new ChannelStore(redis);
		this.ledger = DeliveryWiring.sendLedger(redis, this.slack, Duration.ofMinutes(2));
		ChannelQuestions questions = new ChannelQuestions(bank, new QuestionSelector(bank, this.clock, new SplittableRandom(7)),
				ProgressWiring.deliveryStore(redis, this.clock), channels, redis);
		this.daily = new DailyDelivery(channels, DeliveryWiring.dueIndex(redis), this.ledger, questions, this.slack,
				MetricsWiring.coachMetrics(registry), this.clock);
		this.directs = new DirectQuestions(new SubscriptionStore(redis), DeliveryWiring.dueIndex(redis), this.ledger,
				QuizWiring.quizService(bank, redis, registry, this.clock), this.slack,
				(team, user) -> new UserProfile(ZoneOffset.UTC, false, false), MetricsWiring.coachMetrics(registry),
				this.clock);
		SendSchedule daily = new SendSchedule(LocalTime.of(9, 0), StudyDays.DAILY);
		channels.save(this.team, new ChannelSettings(CHANNEL, daily, ZoneOffset.UTC, false, "", "U0LEAD", ""));
		channels.addLead(this.team, CHANNEL, "U0HELPER");
		this.daily.schedule(this.team, TARGET, daily, ZoneOffset.UTC);
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aChannelsQuestionGoesOutOnceADay() {
		assertThat(dueAt()).isEqualTo(TUESDAY_NINE);

		at(TUESDAY_NINE);
		at(TUESDAY_NINE); // a second tick, or another instance, the same minute
		at(TUESDAY_NINE.plus(Duration.ofMinutes(30)));

		List<RecordingOutbox.Message> posts = this.slack.takenFor(CHANNEL);
		assertThat(posts).hasSize(1);
		assertThat(posts.get(0).kind()).isEqualTo(Kind.CHANNEL_QUESTION);
		assertThat(posts.get(0).marker()).isEqualTo("ch:" + CHANNEL + "@2026-03-03");
		ChannelPost post = (ChannelPost) posts.get(0).content();
		assertThat(this.look.hget(this.keys.channel(CHANNEL), "last")).isEqualTo(post.delivery().id());
		assertThat(this.look.get(this.keys.sent(TARGET.key(), TUESDAY))).isEqualTo("sent");
		assertThat(this.slack.historyChecks()).as("no earlier try to look for").isEmpty();
		assertThat(dueAt()).isEqualTo(WEDNESDAY_NINE);

		at(WEDNESDAY_NINE);

		assertThat(this.slack.takenFor(CHANNEL)).extracting(RecordingOutbox.Message::marker)
			.containsExactly("ch:" + CHANNEL + "@2026-03-03", "ch:" + CHANNEL + "@2026-03-04");
	}

	@Test
	void aRefusalPausesTheChannelAndTellsItsLeads() {
		this.slack.answer(CHANNEL, new SendOutcome.Refused("not_in_channel"));

		at(TUESDAY_NINE);

		assertThat(this.slack.taken()).isEmpty();
		assertThat(this.look.hget(this.keys.channel(CHANNEL), "paused")).isEqualTo("1");
		assertThat(this.look.hget(this.keys.channel(CHANNEL), "paused_reason")).isEqualTo("REMOVED_FROM_CHANNEL");
		assertThat(this.slack.pauseNotices()).containsExactly(new RecordingOutbox.PauseNotice(this.team, CHANNEL,
				List.of("U0LEAD", "U0HELPER"), PauseReason.REMOVED_FROM_CHANNEL));
		assertThat(this.look.get(this.keys.sent(TARGET.key(), TUESDAY))).isEqualTo("not_in_channel");
		assertThat(this.look.zscore(this.keys.due(), TARGET.key())).as("off the schedule").isNull();

		// Slack would take it again, but nobody resumed the channel: nothing goes out, nobody is told twice.
		this.slack.recover(CHANNEL);
		at(WEDNESDAY_NINE);
		assertThat(this.slack.taken()).isEmpty();
		assertThat(this.slack.pauseNotices()).hasSize(1);
	}

	@Test
	void aFailureGivesTheDayBackForARetry() {
		this.slack.answer(CHANNEL, new SendOutcome.Failed("internal_error"));

		at(TUESDAY_NINE);

		assertThat(this.slack.taken()).isEmpty();
		assertThat(this.look.exists(this.keys.sent(TARGET.key(), TUESDAY))).as("the day released").isZero();
		assertThat(this.look.exists(this.keys.sentAttempt(TARGET.key(), TUESDAY))).as("the try noted").isOne();
		assertThat(dueAt()).as("still due").isEqualTo(TUESDAY_NINE);
		assertThat(this.look.hget(this.keys.channel(CHANNEL), "paused")).isEqualTo("0");

		this.slack.recover(CHANNEL);
		at(TUESDAY_NINE.plus(Duration.ofMinutes(1)));

		assertThat(this.slack.takenFor(CHANNEL)).extracting(RecordingOutbox.Message::marker)
			.containsExactly("ch:" + CHANNEL + "@2026-03-03");
		assertThat(this.slack.historyChecks()).as("the retry first asks whether the failed try got through")
			.extracting(RecordingOutbox.HistoryCheck::to, RecordingOutbox.HistoryCheck::marker)
			.containsExactly(tuple(CHANNEL, "ch:" + CHANNEL + "@2026-03-03"));
		assertThat(this.look.get(this.keys.sent(TARGET.key(), TUESDAY))).isEqualTo("sent");
		assertThat(dueAt()).isEqualTo(WEDNESDAY_NINE);
	}

	@Test
	void aLeaseHeldElsewhereKeepsTheChannelDue() {
		this.clock.set(TUESDAY_NINE);
		assertThat(this.ledger.claim(this.team, TARGET.key(), TUESDAY)).as("another instance is sending").isTrue();

		this.daily.deliverDue(this.team, TARGET);

		assertThat(this.slack.taken()).isEmpty();
		assertThat(dueAt()).as("still due, not moved to tomorrow").isEqualTo(TUESDAY_NINE);
		assertThat(this.look.get(this.keys.sent(TARGET.key(), TUESDAY))).isEqualTo(SendLedger.SENDING);
		assertThat(this.daily.postNow(this.team, settings())).isEqualTo(DailyDelivery.Result.BUSY);

		// The other sender's send failed and gave the day back: the next tick sends.
		this.ledger.release(this.team, TARGET.key(), TUESDAY);
		at(TUESDAY_NINE.plus(Duration.ofMinutes(1)));

		assertThat(this.slack.takenFor(CHANNEL)).hasSize(1);
		assertThat(dueAt()).isEqualTo(WEDNESDAY_NINE);
	}

	@Test
	void aSubscribersDmGoesOutOnceADayAndARefusalEndsTheSubscription() {
		new SubscriptionStore(this.wired.redis()).save(this.team,
				new Subscription("U0SUB", new SendSchedule(LocalTime.of(8, 0), StudyDays.WEEKDAYS)));
		DueTarget dm = DueTarget.directQuestion("U0SUB");
		this.daily.schedule(this.team, dm, new SendSchedule(LocalTime.of(8, 0), StudyDays.WEEKDAYS), ZoneOffset.UTC);

		this.clock.set(Instant.parse("2026-03-03T08:00:00Z"));
		this.directs.deliverDue(this.team, dm);
		this.directs.deliverDue(this.team, dm);

		assertThat(this.slack.takenFor("U0SUB")).extracting(RecordingOutbox.Message::kind, RecordingOutbox.Message::marker)
			.containsExactly(tuple(Kind.DIRECT_QUESTION, "dm:U0SUB@2026-03-03"));

		this.slack.answer("U0SUB", new SendOutcome.Refused("user_disabled"));
		this.clock.set(Instant.parse("2026-03-04T08:00:00Z"));
		this.directs.deliverDue(this.team, dm);

		assertThat(this.slack.takenFor("U0SUB")).hasSize(1);
		assertThat(this.look.exists(this.keys.subscription("U0SUB"))).isZero();
		assertThat(this.look.sismember(this.keys.subscribers(), "U0SUB")).isFalse();
		assertThat(this.look.zscore(this.keys.due(), dm.key())).isNull();
	}

	private void at(Instant instant) {
		this.clock.set(instant);
		this.daily.deliverDue(this.team, TARGET);
	}

	private Instant dueAt() {
		Double score = this.look.zscore(this.keys.due(), TARGET.key());
		return score == null ? null : Instant.ofEpochSecond(score.longValue());
	}

	private ChannelSettings settings() {
		return new ChannelStore(this.wired.redis()).find(this.team, CHANNEL).orElseThrow();
	}

}
