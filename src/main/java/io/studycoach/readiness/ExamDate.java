package io.studycoach.readiness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A learner's exam date and the plan to it: days left, questions a day, and when to take practice
 * exams. Plain Java on the learner's own calendar day.
 */
public final class ExamDate {

	/** At most this many questions a day, however close the date: more would not be study. */
	static final int MAX_PER_DAY = 5;

	private ExamDate() {
	}

	/** Why a typed date is refused, or empty when it is fine. */
	public static Optional<String> refusal(String typed, LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.parse(typed);
		}
		catch (DateTimeParseException ex) {
			return Optional.of("not_a_date");
		}
		if (!date.isAfter(today)) {
			return Optional.of("past");
		}
		if (date.isAfter(today.plusYears(1))) {
			return Optional.of("too_far");
		}
		return Optional.empty();
	}

	/**
	 * The plan to the date.
	 *
	 * @param unseen questions of the exam guide the learner has not yet seen
	 */
	public static Plan plan(LocalDate examDate, LocalDate today, long unseen) {
		long days = Math.max(0, ChronoUnit.DAYS.between(today, examDate));
		int perDay = days == 0 ? MAX_PER_DAY : (int) Math.min(MAX_PER_DAY, Math.max(1, (unseen + days - 1) / days));
		return new Plan(days, perDay, examDate.minusWeeks(3), examDate.minusWeeks(1));
	}

	/** Days left, questions a day, and the days to take a practice exam. */
	public record Plan(long daysLeft, int perDay, LocalDate firstPracticeExam, LocalDate lastPracticeExam) {
	}

}
