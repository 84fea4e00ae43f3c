package io.studycoach.summary;

import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.DeliveryWiring;
import io.studycoach.delivery.DueTarget;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.delivery.Subscription;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.progress.ProgressWiring;
import io.studycoach.progress.UserProfile;
import io.studycoach.quiz.QuizWiring;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.readiness.ReadinessProperties;
import io.studycoach.readiness.ReadinessWiring;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SummaryDelivery} wired by hand on the real Redis, with {@link RecordingOutbox} in Slack's
 * place: a study channel's summary and a subscriber's own week go out once a week, however often the
 * tick offers them.
 */
class SummaryDeliveryTests {

	private static final String CHANNEL = "C0WEEK";

	private static final String MEMBER = "U0WEEK";

	/** The member's zone: Mondays at 07:00 there are 06:00 UTC (winter time). */
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final String team = "TSD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-03T12:00:00Z"));

	private final RecordingOutbox slack = new RecordingOutbox();

	private HandWiredRedis wired;

	private ChannelStore channels;

	private SubscriptionStore subscriptions;

	private SummaryDelivery summaries;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		Redis redis = this.wired.redis();
		QuestionBank bank = QuizWiring.twoQuestionBank();
		this.channels = DeliveryWiring.channelStore(redis);
		this.subscriptions = DeliveryWiring.subscriptionStore(redis);
		LearnerAbilities abilities = ReadinessWiring.learnerAbilities(redis, bank);
		this.summaries = new SummaryDelivery(this.channels, this.subscriptions, DeliveryWiring.dueIndex(redis),
				DeliveryWiring.sendLedger(redis, this.slack, Duration.ofMinutes(2)),
				new WeeklySummaryBuilder(bank, ProgressWiring.boards(redis), redis, this.channels, abilities,
						new ReadinessProperties(10, 5, 0.70),
						ProgressWiring.streakCalendars(redis, io.studycoach.progress.StudySchedules.EVERY_DAY)),
				new PersonalWeeks(redis, ProgressWiring.progressReader(redis), bank, abilities,
						(team, user) -> new UserProfile(BERLIN, false, false), this.clock),
				this.slack, this.clock);
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aChannelsSummaryGoesOutOnceAWeek() {
		this.channels.save(this.team, new ChannelSettings(CHANNEL, new SendSchedule(LocalTime.of(9, 0), StudyDays.DAILY),
				ZoneOffset.UTC, false, "", "U0LEAD", ""));
		this.summaries.scheduleChannel(this.team, CHANNEL, ZoneOffset.UTC);
		DueTarget target = SummaryDelivery.channelTarget(CHANNEL);
		assertThat(dueAt(target)).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));

		deliver(target, "2026-03-09T09:00:00Z");
		deliver(target, "2026-03-09T09:00:00Z");
		deliver(target, "2026-03-09T11:00:00Z");

		assertThat(this.slack.takenFor(CHANNEL)).singleElement().satisfies(message -> {
			assertThat(message.kind()).isEqualTo(Kind.CHANNEL_SUMMARY);
			assertThat(message.marker()).isEqualTo("sum:" + CHANNEL + "@2026-03-09");
			assertThat(((WeeklySummary) message.content()).monday()).isEqualTo(LocalDate.of(2026, 3, 2));
		});
		assertThat(this.look.get(this.keys.sent(target.key(), LocalDate.of(2026, 3, 9)))).isEqualTo("sent");
		assertThat(dueAt(target)).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));

		deliver(target, "2026-03-16T09:00:00Z");

		assertThat(this.slack.takenFor(CHANNEL)).extracting(RecordingOutbox.Message::marker)
			.containsExactly("sum:" + CHANNEL + "@2026-03-09", "sum:" + CHANNEL + "@2026-03-16");
	}

	@Test
	void aSubscribersOwnWeekGoesOutOnceAWeekOnMondayAtTheirTime() {
		Subscription subscription = new Subscription(MEMBER, new SendSchedule(LocalTime.of(7, 0), StudyDays.WEEKDAYS));
		this.subscriptions.save(this.team, subscription);
		this.summaries.schedulePersonal(this.team, subscription, BERLIN);
		DueTarget target = SummaryDelivery.personalTarget(MEMBER);
		assertThat(dueAt(target)).isEqualTo(Instant.parse("2026-03-09T06:00:00Z"));

		deliver(target, "2026-03-09T06:00:00Z");
		deliver(target, "2026-03-09T06:00:00Z");
		deliver(target, "2026-03-09T16:00:00Z");

		assertThat(this.slack.takenFor(MEMBER)).singleElement().satisfies(message -> {
			assertThat(message.kind()).isEqualTo(Kind.PERSONAL_WEEK);
			assertThat(message.marker()).isEqualTo("wk:" + MEMBER + "@2026-03-09");
			assertThat(((PersonalWeek) message.content()).monday()).isEqualTo(LocalDate.of(2026, 3, 2));
		});
		assertThat(dueAt(target)).isEqualTo(Instant.parse("2026-03-16T06:00:00Z"));

		deliver(target, "2026-03-16T06:00:00Z");

		assertThat(this.slack.takenFor(MEMBER)).extracting(RecordingOutbox.Message::marker)
			.containsExactly("wk:" + MEMBER + "@2026-03-09", "wk:" + MEMBER + "@2026-03-16");
	}

	@Test
	void aWeeksTallyBegunByAnEarlierVersionAddsItsLongNamedCountersToTheShortOnes() {
		Subscription subscription = new Subscription(MEMBER, new SendSchedule(LocalTime.of(7, 0), StudyDays.WEEKDAYS));
		this.subscriptions.save(this.team, subscription);
		this.summaries.schedulePersonal(this.team, subscription, BERLIN);
		// Before the update d1:answered and d2:answered; after it d1:a. Added up, d2 did worse (2 of 4
		// against 8 of 10); read alone, either name would make d1 the weakest.
		this.look.hset(this.keys.learnerWeek(MEMBER, LocalDate.of(2026, 3, 2)), java.util.Map.of("answered", "14", "right",
				"10", "d1:answered", "2", "d1:right", "0", "d2:answered", "4", "d2:right", "2", "d1:a", "8", "d1:r", "8"));

		deliver(SummaryDelivery.personalTarget(MEMBER), "2026-03-09T06:00:00Z");

		assertThat(this.slack.takenFor(MEMBER)).singleElement().satisfies(message -> {
			PersonalWeek week = (PersonalWeek) message.content();
			assertThat(week.week()).isEqualTo(new io.studycoach.progress.Tally(14, 10));
			assertThat(week.weakest()).contains("d2");
		});
	}

	private void deliver(DueTarget target, String at) {
		this.clock.set(Instant.parse(at));
		this.summaries.deliverDue(this.team, target);
	}

	private Instant dueAt(DueTarget target) {
		Double score = this.look.zscore(this.keys.due(), target.key());
		return score == null ? null : Instant.ofEpochSecond(score.longValue());
	}

}
