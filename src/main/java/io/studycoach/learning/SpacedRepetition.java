package io.studycoach.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The review schedule for missed questions, after SM-2 (Wozniak, 1990) with two changes: only a
 * miss puts a question into review (a first right answer means it is known), and a question answered
 * right twice in a row at intervals of 7 days or more retires. A miss brings the question back the
 * next day; each right answer then stretches the interval: 1, 3, then the previous interval times
 * the ease.
 */
public final class SpacedRepetition {

	static final double START_EASE = 2.5;

	static final double MIN_EASE = 1.3;

	static final double EASE_PENALTY = 0.2;

	static final int SECOND_INTERVAL = 3;

	private SpacedRepetition() {
	}

	/**
	 * The state after an answer, or empty when a question not under review was answered right
	 * (nothing to schedule).
	 */
	public static Optional<ReviewState> afterAnswer(Optional<ReviewState> before, boolean right, LocalDate today) {
		if (before.isEmpty()) {
			return right ? Optional.empty()
					: Optional.of(new ReviewState(0, 1, START_EASE, 0, today, false));
		}
		ReviewState state = before.get();
		if (!right) {
			double ease = Math.max(MIN_EASE, state.ease() - EASE_PENALTY);
			return Optional.of(new ReviewState(0, 1, ease, 0, today, false));
		}
		long gap = ChronoUnit.DAYS.between(state.lastAnswered(), today);
		int reps = state.reps() + 1;
		int interval = reps == 1 ? SECOND_INTERVAL : (int) Math.round(Math.max(state.intervalDays(), 1) * state.ease());
		int longRights = gap >= ReviewState.LONG_INTERVAL_DAYS ? state.longRights() + 1 : 0;
		return Optional.of(new ReviewState(reps, interval, state.ease(), longRights, today, true));
	}

}
