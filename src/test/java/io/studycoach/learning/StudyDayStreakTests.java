package io.studycoach.learning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Streaks that count study days, with freezes and vacations (see docs/learning.md). */
class StudyDayStreakTests {

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private static final StudyCalendar ON_WEEKDAYS = new StudyCalendar(WEEKDAYS, ActiveDays.of());

	/** A Friday. */
	private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 12);

	@Test
	void aWeekendOffAWeekdaysPlanNeitherBreaksNorAddsToTheStreak() {
		LocalDate monday = FRIDAY.plusDays(3);
		ActiveDays days = ActiveDays.of(FRIDAY.minusDays(2), FRIDAY.minusDays(1), FRIDAY, monday);

		assertThat(Streak.of(days, ON_WEEKDAYS, monday)).isEqualTo(new Streak(4, 4, true));
		// Before Monday's answer the Friday streak is still alive, all weekend and all Monday.
		ActiveDays untilFriday = ActiveDays.of(FRIDAY.minusDays(2), FRIDAY.minusDays(1), FRIDAY);
		assertThat(Streak.of(untilFriday, ON_WEEKDAYS, FRIDAY.plusDays(1)).current()).isEqualTo(3);
		assertThat(Streak.of(untilFriday, ON_WEEKDAYS, monday).current()).isEqualTo(3);
		// The same weekend breaks it on a daily plan (no freeze earned yet).
		assertThat(Streak.of(days, StudyCalendar.EVERY_DAY, monday).current()).isEqualTo(1);
	}

	@Test
	void aMissedStudyDayBreaksTheStreakWhenNoFreezeIsHeld() {
		LocalDate tuesday = FRIDAY.plusDays(4);
		ActiveDays days = ActiveDays.of(FRIDAY, tuesday);

		assertThat(Streak.of(days, ON_WEEKDAYS, tuesday).current()).isEqualTo(1);
		assertThat(Streak.of(ActiveDays.of(FRIDAY), ON_WEEKDAYS, tuesday).current()).isZero();
	}

	@Test
	void answersOnADayOffStillCount() {
		LocalDate saturday = FRIDAY.plusDays(1);
		ActiveDays days = ActiveDays.of(FRIDAY, saturday, FRIDAY.plusDays(3));

		assertThat(Streak.of(days, ON_WEEKDAYS, FRIDAY.plusDays(3)).current()).isEqualTo(3);
	}

	@Test
	void sevenDaysEarnAFreezeThatAMissedStudyDayUsesUp() {
		LocalDate start = LocalDate.of(2026, 6, 1);
		ActiveDays week = days(start, 7);
		assertThat(Streak.of(week, StudyCalendar.EVERY_DAY, start.plusDays(6)).freezes()).isEqualTo(1);
		assertThat(Streak.of(week, StudyCalendar.EVERY_DAY, start.plusDays(6)).freezeEarnedToday()).isTrue();
		assertThat(Streak.of(week, StudyCalendar.EVERY_DAY, start.plusDays(7)).freezeEarnedToday()).isFalse();

		// Day 8 missed: the freeze covers it, the streak carries on at day 9 and the freeze is gone.
		LocalDate ninth = start.plusDays(8);
		Streak afterMiss = Streak.of(week.with(ninth), StudyCalendar.EVERY_DAY, ninth);
		assertThat(afterMiss.current()).isEqualTo(8);
		assertThat(afterMiss.freezes()).isZero();
		// Two days missed with one freeze: broken.
		LocalDate tenth = start.plusDays(9);
		assertThat(Streak.of(week.with(tenth), StudyCalendar.EVERY_DAY, tenth).current()).isEqualTo(1);
	}

	@Test
	void atMostTwoFreezesAreHeld() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		ActiveDays fourWeeks = days(start, 28);
		LocalDate last = start.plusDays(27);

		assertThat(Streak.of(fourWeeks, StudyCalendar.EVERY_DAY, last).freezes()).isEqualTo(Streak.MAX_FREEZES);
		// Three missed days with two freezes: the third breaks it.
		assertThat(Streak.of(fourWeeks, StudyCalendar.EVERY_DAY, last.plusDays(3)).current()).isEqualTo(28);
		assertThat(Streak.of(fourWeeks, StudyCalendar.EVERY_DAY, last.plusDays(4)).current()).isZero();
	}

	@Test
	void aFreezeIsOnlyUsedOnAStudyDay() {
		// Two weekday weeks (Mon 1 June .. Fri 12 June) earn one freeze at the 7th answer.
		List<LocalDate> weekdays = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2026, 6, 1); !day.isAfter(FRIDAY); day = day.plusDays(1)) {
			if (WEEKDAYS.contains(day.getDayOfWeek())) {
				weekdays.add(day);
			}
		}
		ActiveDays days = ActiveDays.of(weekdays.toArray(LocalDate[]::new));
		LocalDate monday = FRIDAY.plusDays(3);
		assertThat(Streak.of(days, ON_WEEKDAYS, monday).freezes()).isEqualTo(1);
		// Monday missed: Tuesday finds the streak kept by the freeze.
		Streak tuesday = Streak.of(days, ON_WEEKDAYS, monday.plusDays(1));
		assertThat(tuesday.current()).isEqualTo(10);
		assertThat(tuesday.freezes()).isZero();
	}

	@Test
	void aVacationHoldsTheStreakAndSaysUntilWhen() {
		LocalDate monday = FRIDAY.plusDays(3);
		ActiveDays answered = ActiveDays.of(FRIDAY.minusDays(1), FRIDAY);
		ActiveDays held = days(monday, 7);
		StudyCalendar vacation = new StudyCalendar(WEEKDAYS, held);

		Streak during = Streak.of(answered, vacation, monday.plusDays(3));
		assertThat(during.current()).isEqualTo(2);
		assertThat(during.heldUntil()).contains(monday.plusDays(6));
		LocalDate backOnMonday = monday.plusDays(7);
		Streak back = Streak.of(answered.with(backOnMonday), vacation, backOnMonday);
		assertThat(back.current()).isEqualTo(3);
		assertThat(back.heldUntil()).isEmpty();
		// Without the vacation the week away breaks it.
		assertThat(Streak.of(answered.with(backOnMonday), ON_WEEKDAYS, backOnMonday).current()).isEqualTo(1);
	}

	@Test
	void theWeekendThatChangesTheClocksIsStillAWeekend() {
		// Europe moves to summer time on Sunday 29 March 2026 and back on Sunday 25 October 2026.
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		LocalDate fridaySpring = Instant.parse("2026-03-27T22:30:00Z").atZone(berlin).toLocalDate(); // 23:30 CET
		LocalDate mondaySpring = Instant.parse("2026-03-29T22:30:00Z").atZone(berlin).toLocalDate(); // 00:30 CEST
		assertThat(fridaySpring.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(mondaySpring.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(Streak.of(ActiveDays.of(fridaySpring, mondaySpring), ON_WEEKDAYS, mondaySpring).current())
			.isEqualTo(2);

		LocalDate fridayFall = Instant.parse("2026-10-23T21:30:00Z").atZone(berlin).toLocalDate(); // 23:30 CEST
		LocalDate mondayFall = Instant.parse("2026-10-25T23:30:00Z").atZone(berlin).toLocalDate(); // 00:30 CET
		assertThat(mondayFall.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(Streak.of(ActiveDays.of(fridayFall, mondayFall), ON_WEEKDAYS, mondayFall).current()).isEqualTo(2);
	}

	@Test
	void theWeekendIsTheLearnersOwnNotUtcs() {
		// Friday 23:30 and Monday 08:00 in Tokyo are Friday 14:30 and Sunday 23:00 in UTC.
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		Instant friday = Instant.parse("2026-06-12T14:30:00Z");
		Instant monday = Instant.parse("2026-06-14T23:00:00Z");
		ActiveDays inTokyo = ActiveDays.of(friday.atZone(tokyo).toLocalDate(), monday.atZone(tokyo).toLocalDate());
		ActiveDays inUtc = ActiveDays.of(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14));

		assertThat(Streak.of(inTokyo, ON_WEEKDAYS, monday.atZone(tokyo).toLocalDate()).current()).isEqualTo(2);
		// Dated by UTC, the second answer would fall on Sunday, and Monday (a study day) would be today.
		assertThat(Streak.of(inUtc, ON_WEEKDAYS, LocalDate.of(2026, 6, 14)).answeredToday()).isTrue();
	}

	@Test
	void noScheduleMeansEveryDayCounts() {
		assertThat(new StudyCalendar(Set.of(), ActiveDays.of()).asks(FRIDAY.plusDays(1))).isTrue();
		assertThat(ON_WEEKDAYS.asks(FRIDAY.plusDays(1))).isFalse();
		assertThat(Streak.of(ActiveDays.of(), ON_WEEKDAYS, FRIDAY)).isEqualTo(new Streak(0, 0, false));
	}

	private static ActiveDays days(LocalDate first, int count) {
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			days.add(first.plusDays(i));
		}
		return ActiveDays.of(days.toArray(LocalDate[]::new));
	}

}
