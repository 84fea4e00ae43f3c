package io.studycoach.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A local time on study days, in a time zone that may change its offset (DST). A time that does not
 * exist on a spring-forward day moves forward with the gap, as {@link ZonedDateTime#of} does; on a
 * fall-back day the earlier of the two instants is used.
 */
public record SendSchedule(LocalTime time, StudyDays days) {

	public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

	/** The instant of the send on {@code day}. */
	public Instant sendOn(LocalDate day, ZoneId zone) {
		return ZonedDateTime.of(day, this.time, zone).toInstant();
	}

	/** The first send strictly after {@code after}. */
	public Instant nextAfter(Instant after, ZoneId zone) {
		LocalDate day = after.atZone(zone).toLocalDate();
		for (int i = 0; i < 8; i++, day = day.plusDays(1)) {
			if (this.days.includes(day) && sendOn(day, zone).isAfter(after)) {
				return sendOn(day, zone);
			}
		}
		throw new IllegalStateException("No study day within a week for " + this);
	}

	/**
	 * Today's local day when today is a study day and its send time has come, so a send missed while
	 * the app was down still goes out later the same local day, and never on another day.
	 */
	public Optional<LocalDate> dueToday(Instant now, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		return this.days.includes(today) && !sendOn(today, zone).isAfter(now) ? Optional.of(today) : Optional.empty();
	}

}
