package io.studycoach.challenge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A time-boxed challenge in a study channel: {@code perDay} questions a day by DM from {@code domains},
 * from {@code start} to the day before {@code end}, scored on its own leaderboard.
 */
public record Challenge(String id, String channelId, String name, List<String> domains, int perDay, LocalDate start,
		LocalDate end, ZoneId zone, boolean active) {

	public Challenge {
		domains = List.copyOf(domains);
	}

	/** Days left including today, in the channel's zone; 0 once it is over. */
	public long daysLeft(LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(today, this.end));
	}

	/** The last day with questions: the day before {@link #end()}, when the final standings are posted. */
	public LocalDate lastDay() {
		return this.end.minusDays(1);
	}

	public boolean runsOn(LocalDate day) {
		return this.active && !day.isBefore(this.start) && day.isBefore(this.end);
	}

}
