package io.studycoach.learning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where one missed question stands in a learner's reviews (a variant of SM-2; see
 * {@code docs/learning.md}).
 *
 * @param reps answers right in a row since the last miss
 * @param intervalDays days from the last answer to the next review
 * @param ease how fast the interval grows after a right answer (SM-2's E-factor, 1.3 to 2.5)
 * @param longRights answers right in a row given 7 or more days after the previous answer
 * @param lastAnswered the day of the latest answer
 * @param lastRight whether the latest answer was right
 */
public record ReviewState(int reps, int intervalDays, double ease, int longRights, LocalDate lastAnswered,
		boolean lastRight) {

	/** Right answers in a row, each at least this many days after the previous one, ... */
	static final int LONG_INTERVAL_DAYS = 7;

	/** ... this many times, and the question retires. */
	static final int RIGHTS_TO_RETIRE = 2;

	/** Fields of the form earlier versions wrote, which also held the due day (always last + interval). */
	private static final int OLD_FIELDS = 7;

	public boolean retired() {
		return this.longRights >= RIGHTS_TO_RETIRE;
	}

	/** The day the question is due again: the interval after the latest answer. */
	public LocalDate due() {
		return this.lastAnswered.plusDays(this.intervalDays);
	}

	public boolean dueOn(LocalDate day) {
		return !retired() && !due().isAfter(day);
	}

	/**
	 * Compact form for a Redis hash field: {@code reps,interval,ease,longRights,last,lastRight}, the
	 * last day counted from {@link ActiveDays#BASE} (as the days bitmap counts) and the ease to two
	 * decimals (it moves in steps of 0.2, and 2.3 - 0.2 would otherwise print as 2.0999999999999996).
	 */
	public String encode() {
		String ease = BigDecimal.valueOf(Math.round(this.ease * 100), 2).stripTrailingZeros().toPlainString();
		return this.reps + "," + this.intervalDays + "," + ease + "," + this.longRights + ","
				+ (this.lastAnswered.toEpochDay() - ActiveDays.BASE.toEpochDay()) + "," + (this.lastRight ? 1 : 0);
	}

	/**
	 * Reads {@link #encode}'s form, or the one earlier versions wrote:
	 * {@code reps,interval,ease,due,longRights,last,lastRight} with epoch days (its due is derived).
	 */
	public static ReviewState decode(String value) {
		String[] f = value.split(",");
		if (f.length == OLD_FIELDS) {
			return new ReviewState(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
					Integer.parseInt(f[4]), LocalDate.ofEpochDay(Long.parseLong(f[5])), "1".equals(f[6]));
		}
		return new ReviewState(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
				Integer.parseInt(f[3]), ActiveDays.BASE.plusDays(Long.parseLong(f[4])), "1".equals(f[5]));
	}

}
