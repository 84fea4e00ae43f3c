package io.studycoach.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendScheduleTests {

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final SendSchedule weekdaysAtEight = new SendSchedule(LocalTime.of(8, 0), StudyDays.WEEKDAYS);

	@Test
	void theNextSendIsTheLocalTimeOnTheNextStudyDay() {
		// Friday 2026-03-06 09:00 in Tokyo: past Friday's 08:00, so Monday.
		Instant friday = Instant.parse("2026-03-06T00:00:00Z");
		assertThat(this.weekdaysAtEight.nextAfter(friday, TOKYO)).isEqualTo(Instant.parse("2026-03-08T23:00:00Z"));
		assertThat(new SendSchedule(LocalTime.of(8, 0), StudyDays.DAILY).nextAfter(friday, TOKYO))
			.isEqualTo(Instant.parse("2026-03-06T23:00:00Z"));
	}

	@Test
	void daylightSavingMovesTheInstantNotTheLocalTime() {
		// Los Angeles springs forward on Sunday 2026-03-08: 08:00 is 16:00Z on Friday, 15:00Z on Monday.
		Instant fridayMorning = Instant.parse("2026-03-06T12:00:00Z");
		assertThat(this.weekdaysAtEight.nextAfter(fridayMorning, LOS_ANGELES)).isEqualTo(Instant.parse("2026-03-06T16:00:00Z"));
		Instant fridayEvening = Instant.parse("2026-03-07T02:00:00Z");
		assertThat(this.weekdaysAtEight.nextAfter(fridayEvening, LOS_ANGELES)).isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
	}

	@Test
	void aTimeSkippedBySpringForwardMovesToTheEndOfTheGap() {
		SendSchedule halfPastTwo = new SendSchedule(LocalTime.of(2, 30), StudyDays.DAILY);

		assertThat(halfPastTwo.sendOn(LocalDate.of(2026, 3, 8), LOS_ANGELES)).isEqualTo(Instant.parse("2026-03-08T10:30:00Z"));
	}

	@Test
	void aMissedSendIsDueLaterTheSameLocalDayOnly() {
		Instant mondayNoon = Instant.parse("2026-03-09T19:00:00Z"); // 12:00 PDT
		assertThat(this.weekdaysAtEight.dueToday(mondayNoon, LOS_ANGELES)).hasValue(LocalDate.of(2026, 3, 9));
		Instant mondaySeven = Instant.parse("2026-03-09T14:00:00Z"); // 07:00 PDT
		assertThat(this.weekdaysAtEight.dueToday(mondaySeven, LOS_ANGELES)).isEmpty();
		Instant saturday = Instant.parse("2026-03-07T19:00:00Z");
		assertThat(this.weekdaysAtEight.dueToday(saturday, LOS_ANGELES)).isEmpty();
	}

}
