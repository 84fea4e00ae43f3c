package io.studycoach.learning;

import java.time.LocalDate;
import java.util.Set;

/**
 * A learner's streak: consecutive calendar days, in their own time zone, with at least one answer.
 * A streak is still current on a day the learner has not answered yet if they answered yesterday:
 * it only breaks once a whole day passes without an answer.
 */
public record Streak(int current, int longest, boolean answeredToday) {

	private static final Set<Integer> MILESTONES = Set.of(3, 7, 14, 30, 50, 100, 200, 365);

	public static Streak of(ActiveDays days, LocalDate today) {
		boolean answeredToday = days.contains(today);
		int current = answeredToday ? days.runEndingOn(today) : days.runEndingOn(today.minusDays(1));
		return new Streak(current, Math.max(current, days.longestRun()), answeredToday);
	}

	/** True on the day a streak reaches a length worth celebrating. */
	public boolean milestone() {
		return this.answeredToday && MILESTONES.contains(this.current);
	}

}
