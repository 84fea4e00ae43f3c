package io.studycoach.delivery;

import io.studycoach.content.Question;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How a channel did on its previous question of the day.
 *
 * @param askedOn the day that question was posted, in the channel's zone
 */
public record Recap(Question question, long answered, long right, LocalDate askedOn) {

	public int percentRight() {
		return this.answered == 0 ? 0 : (int) Math.round(100.0 * this.right / this.answered);
	}

	/**
	 * The recapped question's name as seen on {@code today}: "Yesterday's question" only when it was
	 * yesterday's, the weekday's ("Friday's question") within the week, else its date.
	 */
	public String nameOn(LocalDate today) {
		long daysAgo = today.toEpochDay() - this.askedOn.toEpochDay();
		if (daysAgo == 1) {
			return "Yesterday's question";
		}
		if (daysAgo == 0) {
			return "Today's earlier question";
		}
		if (daysAgo > 1 && daysAgo < 7) {
			return this.askedOn.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "'s question";
		}
		return "The question of " + this.askedOn.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
	}

}
