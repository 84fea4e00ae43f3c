package io.studycoach.learning;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's streak: the days with an answer in a row, counting only study days (see
 * {@link StudyCalendar}): a day the learner's schedules ask nothing of them, or one on vacation,
 * neither adds to nor breaks it. Every 7 days of a streak earn a freeze (at most {@value #MAX_FREEZES}
 * held); a missed study day uses one up instead of breaking the streak. Today never breaks it: it
 * only breaks once a whole study day passes without an answer and without a freeze.
 *
 * @param freezes streak freezes held now
 * @param heldUntil the last day of a vacation running today, if any
 */
public record Streak(int current, int longest, boolean answeredToday, int freezes, Optional<LocalDate> heldUntil) {

	/** Days of a streak that earn one freeze. */
	public static final int DAYS_PER_FREEZE = 7;

	public static final int MAX_FREEZES = 2;

	private static final Set<Integer> MILESTONES = Set.of(3, 7, 14, 30, 50, 100, 200, 365);

	public Streak(int current, int longest, boolean answeredToday) {
		this(current, longest, answeredToday, 0, Optional.empty());
	}

	/** The streak when every day is a study day. */
	public static Streak of(ActiveDays days, LocalDate today) {
		return of(days, StudyCalendar.EVERY_DAY, today);
	}

	/**
	 * Replays the learner's days from their first answer: freezes follow from the history itself, so
	 * nothing but the answered days (and the vacation days) has to be stored.
	 */
	public static Streak of(ActiveDays days, StudyCalendar calendar, LocalDate today) {
		Optional<LocalDate> first = days.first();
		Optional<LocalDate> heldUntil = calendar.heldUntil(today);
		if (first.isEmpty() || first.get().isAfter(today)) {
			return new Streak(0, 0, false, 0, heldUntil);
		}
		int run = 0;
		int longest = 0;
		int freezes = 0;
		for (LocalDate day = first.get(); !day.isAfter(today); day = day.plusDays(1)) {
			if (days.contains(day)) {
				run++;
				longest = Math.max(longest, run);
				if (run % DAYS_PER_FREEZE == 0) {
					freezes = Math.min(MAX_FREEZES, freezes + 1);
				}
			}
			else if (run > 0 && !day.equals(today) && calendar.asks(day)) {
				if (freezes > 0) {
					freezes--;
				}
				else {
					run = 0;
				}
			}
		}
		return new Streak(run, longest, days.contains(today), freezes, heldUntil);
	}

	/** True on the day today's answer completed 7 more days and so earned a freeze. */
	public boolean freezeEarnedToday() {
		return this.answeredToday && this.current > 0 && this.current % DAYS_PER_FREEZE == 0;
	}

	/** True on the day a streak reaches a length worth celebrating. */
	public boolean milestone() {
		return this.answeredToday && MILESTONES.contains(this.current);
	}

}
