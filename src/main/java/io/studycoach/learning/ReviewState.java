package io.studycoach.learning;

import java.time.LocalDate;

/**
 * Where one missed question stands in a learner's reviews (a variant of SM-2; see
 * {@code docs/learning.md}).
 *
 * @param reps answers right in a row since the last miss
 * @param intervalDays days from the last answer to the next review
 * @param ease how fast the interval grows after a right answer (SM-2's E-factor, 1.3 to 2.5)
 * @param due the day the question is due again
 * @param longRights answers right in a row given 7 or more days after the previous answer
 * @param lastAnswered the day of the latest answer
 * @param lastRight whether the latest answer was right
 */
public record ReviewState(int reps, int intervalDays, double ease, LocalDate due, int longRights,
		LocalDate lastAnswered, boolean lastRight) {

	/** Right answers in a row, each at least this many days after the previous one, ... */
	static final int LONG_INTERVAL_DAYS = 7;

	/** ... this many times, and the question retires. */
	static final int RIGHTS_TO_RETIRE = 2;

	public boolean retired() {
		return this.longRights >= RIGHTS_TO_RETIRE;
	}

	public boolean dueOn(LocalDate day) {
		return !retired() && !this.due.isAfter(day);
	}

	/** Compact form for a Redis hash field: reps,interval,ease,due,longRights,last,lastRight. */
	public String encode() {
		return this.reps + "," + this.intervalDays + "," + this.ease + "," + this.due.toEpochDay() + ","
				+ this.longRights + "," + this.lastAnswered.toEpochDay() + "," + (this.lastRight ? 1 : 0);
	}

	public static ReviewState decode(String value) {
		String[] f = value.split(",");
		return new ReviewState(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
				LocalDate.ofEpochDay(Long.parseLong(f[3])), Integer.parseInt(f[4]),
				LocalDate.ofEpochDay(Long.parseLong(f[5])), "1".equals(f[6]));
	}

}
