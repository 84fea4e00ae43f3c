package io.studycoach.delivery;

import io.studycoach.content.QuestionBank;
import io.studycoach.learning.StudyCalendar;
import io.studycoach.progress.AnswerRecorder;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.DeliveryStore;
import io.studycoach.progress.ProgressReader;
import io.studycoach.progress.ProgressWiring;
import io.studycoach.progress.StreakCalendars;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.support.TestRedis;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Study-day streaks on the real Redis: answers recorded by {@code record-answer.lua}, the learner's
 * schedules read from their study channels and DM subscription, vacations kept as a bitmap.
 */
class LearnerSchedulesTests {

	private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

	private static final LocalDate MONDAY = FRIDAY.plusDays(3);

	private static final SendSchedule WEEKDAYS = new SendSchedule(LocalTime.of(9, 0), StudyDays.WEEKDAYS);

	private final String team = "TSCH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private HandWiredRedis wired;

	private LearnerSchedules schedules;

	private StreakCalendars calendars;

	private ProgressReader progress;

	private AnswerRecorder recorder;

	private DeliveryStore deliveries;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		this.schedules = new LearnerSchedules(this.wired.redis());
		this.calendars = ProgressWiring.streakCalendars(this.wired.redis(), this.schedules);
		this.progress = ProgressWiring.progressReader(this.wired.redis(), this.schedules);
		this.recorder = ProgressWiring.answerRecorder(this.wired.redis(), new QuestionBank(List.of(), List.of()));
		this.deliveries = ProgressWiring.deliveryStore(this.wired.redis(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aWeekdaysSubscribersStreakRunsFromFridayToMonday() {
		DeliveryWiring.subscriptionStore(this.wired.redis()).save(this.team, new Subscription("U1", WEEKDAYS));
		answerPersonal("U1", FRIDAY);
		answerPersonal("U1", MONDAY);

		assertThat(this.schedules.studyDays(this.team, "U1")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		assertThat(streak("U1", MONDAY)).isEqualTo(2);
	}

	@Test
	void withoutAScheduleEveryDayCountsSoTheWeekendBreaksIt() {
		answerPersonal("U2", FRIDAY);
		answerPersonal("U2", MONDAY);

		assertThat(this.schedules.studyDays(this.team, "U2")).isEmpty();
		assertThat(streak("U2", MONDAY)).isEqualTo(1);
	}

	@Test
	void aStudyChannelsDaysCountForItsMembersOnly() {
		ChannelStore channels = DeliveryWiring.channelStore(this.wired.redis());
		channels.save(this.team, new ChannelSettings("C1", WEEKDAYS, ZoneId.of("UTC"), false, "", "U0", ""));
		channels.save(this.team, new ChannelSettings("C2", new SendSchedule(LocalTime.NOON, StudyDays.DAILY),
				ZoneId.of("UTC"), false, "", "U0", ""));
		answerInChannel("U3", "C1", FRIDAY);
		answerInChannel("U3", "C1", MONDAY);

		assertThat(this.schedules.studyDays(this.team, "U3")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		assertThat(streak("U3", MONDAY)).isEqualTo(2);
		// Someone who also answers in the daily channel is asked every day: the weekend then counts.
		answerInChannel("U3", "C2", MONDAY);
		assertThat(this.schedules.studyDays(this.team, "U3")).hasSize(7);
		assertThat(streak("U3", MONDAY)).isEqualTo(1);
	}

	@Test
	void manyLearnersAtOnceGetWhatEachGetsAlone() {
		ChannelStore channels = DeliveryWiring.channelStore(this.wired.redis());
		channels.save(this.team, new ChannelSettings("C1", WEEKDAYS, ZoneId.of("UTC"), false, "", "U0", ""));
		DeliveryWiring.subscriptionStore(this.wired.redis()).save(this.team, new Subscription("U1", WEEKDAYS));
		answerInChannel("U3", "C1", FRIDAY);
		this.calendars.hold(this.team, "U3", MONDAY, 3);
		List<String> users = List.of("U1", "U2", "U3");

		Map<String, Set<DayOfWeek>> together = this.schedules.studyDays(this.team, users);
		Map<String, StudyCalendar> calendars = this.calendars.calendars(this.team, users);

		for (String user : users) {
			assertThat(together.get(user)).as(user).isEqualTo(this.schedules.studyDays(this.team, user));
			StudyCalendar alone = this.calendars.calendar(this.team, user);
			for (LocalDate day = FRIDAY; day.isBefore(MONDAY.plusDays(7)); day = day.plusDays(1)) {
				assertThat(calendars.get(user).asks(day)).as(user + " " + day).isEqualTo(alone.asks(day));
			}
		}
		assertThat(together.get("U1")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
		assertThat(together.get("U2")).isEmpty();
		assertThat(calendars.get("U3").asks(MONDAY)).isFalse();
	}

	@Test
	void aVacationIsKeptDayByDayAndReplacedOrEnded() {
		LocalDate tuesday = MONDAY.plusDays(1);
		this.calendars.hold(this.team, "U4", tuesday, 7);
		assertThat(this.calendars.calendar(this.team, "U4").heldUntil(tuesday)).contains(tuesday.plusDays(6));

		this.calendars.hold(this.team, "U4", tuesday, 2);
		StudyCalendar shorter = this.calendars.calendar(this.team, "U4");
		assertThat(shorter.heldUntil(tuesday)).contains(tuesday.plusDays(1));
		assertThat(shorter.asks(tuesday.plusDays(2))).isTrue();

		this.calendars.endHold(this.team, "U4", tuesday.plusDays(1));
		StudyCalendar ended = this.calendars.calendar(this.team, "U4");
		assertThat(ended.asks(tuesday)).isFalse();
		assertThat(ended.asks(tuesday.plusDays(1))).isTrue();
	}

	@Test
	void aVacationHoldsAStreakThroughAWeekAway() {
		answerPersonal("U5", FRIDAY);
		this.calendars.hold(this.team, "U5", FRIDAY.plusDays(1), 9);
		answerPersonal("U5", FRIDAY.plusDays(10));

		assertThat(streak("U5", FRIDAY.plusDays(10))).isEqualTo(2);
	}

	private int streak(String user, LocalDate today) {
		return this.progress.streak(this.team, user, this.progress.read(this.team, user).days(), today).current();
	}

	private void answerPersonal(String user, LocalDate day) {
		Delivery delivery = this.deliveries.create(this.team, user, "q-" + day, "D" + user, Delivery.Kind.QUIZ);
		record(delivery, user, day, Optional.empty(), List.of());
	}

	private void answerInChannel(String user, String channel, LocalDate day) {
		Delivery delivery = this.deliveries.create(this.team, "", "q-" + channel + day, channel, Delivery.Kind.CHANNEL);
		record(delivery, user, day, Optional.of(day), List.of(BoardScope.channelAllTime(channel)));
	}

	private void record(Delivery delivery, String user, LocalDate day, Optional<LocalDate> channelDay,
			List<BoardScope> boards) {
		Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
		assertThat(this.recorder.record(delivery, new AnswerRecorder.Answer(user, "B", true, "d1", day, at),
				Optional.empty(), channelDay, boards)).isTrue();
	}

}
