package io.studycoach.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Which days get a question. */
public enum StudyDays {

	WEEKDAYS, DAILY;

	public boolean includes(LocalDate day) {
		return this == DAILY || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
	}

	public static Optional<StudyDays> parse(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "weekdays", "weekday" -> Optional.of(WEEKDAYS);
			case "daily", "everyday" -> Optional.of(DAILY);
			default -> Optional.empty();
		};
	}

	public String label() {
		return this == DAILY ? "every day" : "on weekdays";
	}

}
