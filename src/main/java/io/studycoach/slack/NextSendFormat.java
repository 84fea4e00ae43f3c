package io.studycoach.slack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "today at 09:00", "tomorrow at 09:00" or "Monday at 09:00", in the schedule's own zone. */
public final class NextSendFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);

	private NextSendFormat() {
	}

	public static String format(Instant next, ZoneId zone, Clock clock) {
		ZonedDateTime at = next.atZone(zone);
		LocalDate today = clock.instant().atZone(zone).toLocalDate();
		String day = at.toLocalDate().equals(today) ? "today"
				: at.toLocalDate().equals(today.plusDays(1)) ? "tomorrow" : DAY.format(at);
		return day + " at " + TIME.format(at);
	}

}
