package io.studycoach.learning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The days a learner is asked to study: the weekdays their schedules post a question on, minus the
 * days they put on hold with a vacation. A day that is not a study day never breaks a streak.
 *
 * @param studyDays the days of the week some schedule of the learner's asks a question
 * @param held the days of a vacation, in the learner's own calendar
 */
public record StudyCalendar(Set<DayOfWeek> studyDays, ActiveDays held) {

	/** The longest vacation, in days. */
	public static final int MAX_HOLD_DAYS = 14;

	/** No schedule and no vacation: every calendar day is a study day. */
	public static final StudyCalendar EVERY_DAY = new StudyCalendar(EnumSet.allOf(DayOfWeek.class), ActiveDays.of());

	public StudyCalendar {
		studyDays = studyDays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(studyDays);
	}

	/** True when a missed answer on this day would count against the streak. */
	public boolean asks(LocalDate day) {
		return this.studyDays.contains(day.getDayOfWeek()) && !this.held.contains(day);
	}

	/** The last day of a vacation running on {@code today}, if one is. */
	public Optional<LocalDate> heldUntil(LocalDate today) {
		if (!this.held.contains(today)) {
			return Optional.empty();
		}
		LocalDate last = today;
		while (this.held.contains(last.plusDays(1)) && last.isBefore(today.plusDays(MAX_HOLD_DAYS))) {
			last = last.plusDays(1);
		}
		return Optional.of(last);
	}

}
