package io.studycoach.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** A local time on one day of the week (the weekly summary's), in a zone that may change offset. */
public record WeeklySchedule(DayOfWeek day, LocalTime time) {

	public static final WeeklySchedule DEFAULT = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0));

	public Instant nextAfter(Instant after, ZoneId zone) {
		LocalDate day = after.atZone(zone).toLocalDate();
		for (int i = 0; i < 8; i++, day = day.plusDays(1)) {
			Instant at = ZonedDateTime.of(day, this.time, zone).toInstant();
			if (day.getDayOfWeek() == this.day && at.isAfter(after)) {
				return at;
			}
		}
		throw new IllegalStateException("unreachable: every day of the week comes within eight days");
	}

	/** Today, when today is the day and its time has come (a send missed while down goes out the same day). */
	public Optional<LocalDate> dueToday(Instant now, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		boolean due = today.getDayOfWeek() == this.day
				&& !ZonedDateTime.of(today, this.time, zone).toInstant().isAfter(now);
		return due ? Optional.of(today) : Optional.empty();
	}

	public String label() {
		return this.day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s at " + this.time;
	}

	public static Optional<DayOfWeek> parseDay(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		for (DayOfWeek day : DayOfWeek.values()) {
			String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (lower.length() >= 3 && name.startsWith(lower)) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

}
