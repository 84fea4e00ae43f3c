package io.studycoach.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreakTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

	@Test
	void consecutiveDaysMakeAStreakAndAGapResetsIt() {
		LocalDate today = LocalDate.of(2026, 6, 10);
		ActiveDays days = ActiveDays.of(today.minusDays(6), today.minusDays(5), today.minusDays(4), today.minusDays(1),
				today);

		Streak streak = Streak.of(days, today);

		assertThat(streak.current()).isEqualTo(2);
		assertThat(streak.longest()).isEqualTo(3);
		assertThat(streak.answeredToday()).isTrue();
	}

	@Test
	void aStreakSurvivesUntilTheEndOfTheDayAfterTheLastAnswer() {
		LocalDate lastAnswer = LocalDate.of(2026, 6, 10);
		ActiveDays days = ActiveDays.of(lastAnswer.minusDays(1), lastAnswer);

		assertThat(Streak.of(days, lastAnswer.plusDays(1))).isEqualTo(new Streak(2, 2, false));
		assertThat(Streak.of(days, lastAnswer.plusDays(2))).isEqualTo(new Streak(0, 2, false));
	}

	@Test
	void tokyoAndLosAngelesKeepStreaksByTheirOwnCalendarDays() {
		// 2026-06-10T14:30Z is 23:30 in Tokyo on the 10th and 07:30 in Los Angeles on the 10th;
		// 2026-06-10T16:00Z is already the 11th in Tokyo but still the 10th in Los Angeles.
		Instant first = Instant.parse("2026-06-10T14:30:00Z");
		Instant second = Instant.parse("2026-06-10T16:00:00Z");

		ActiveDays tokyo = ActiveDays.of(day(first, TOKYO), day(second, TOKYO));
		ActiveDays losAngeles = ActiveDays.of(day(first, LOS_ANGELES), day(second, LOS_ANGELES));

		assertThat(Streak.of(tokyo, day(second, TOKYO)).current()).isEqualTo(2);
		assertThat(Streak.of(losAngeles, day(second, LOS_ANGELES)).current()).isEqualTo(1);
	}

	@Test
	void daylightSavingChangesNeitherBreakNorDoubleADay() {
		// Los Angeles springs forward on 2026-03-08 (a 23-hour day) and falls back on 2026-11-01 (25 hours).
		Instant beforeSpring = Instant.parse("2026-03-08T07:30:00Z"); // 23:30 on the 7th, PST
		Instant afterSpring = beforeSpring.plusSeconds(23 * 3600 + 1800); // 00:00 on the 9th, PDT
		assertThat(day(beforeSpring, LOS_ANGELES)).isEqualTo(LocalDate.of(2026, 3, 7));
		assertThat(day(afterSpring, LOS_ANGELES)).isEqualTo(LocalDate.of(2026, 3, 8).plusDays(1));
		ActiveDays spring = ActiveDays.of(day(beforeSpring, LOS_ANGELES), LocalDate.of(2026, 3, 8),
				day(afterSpring, LOS_ANGELES));
		assertThat(Streak.of(spring, LocalDate.of(2026, 3, 9)).current()).isEqualTo(3);

		Instant earlyFallDay = Instant.parse("2026-11-01T07:30:00Z"); // 00:30 PDT on the 1st
		Instant lateFallDay = Instant.parse("2026-11-02T07:30:00Z"); // 23:30 PST on the 1st
		assertThat(day(earlyFallDay, LOS_ANGELES)).isEqualTo(day(lateFallDay, LOS_ANGELES));
		ActiveDays fall = ActiveDays.of(day(earlyFallDay, LOS_ANGELES), day(lateFallDay, LOS_ANGELES));
		assertThat(Streak.of(fall, LocalDate.of(2026, 11, 1)).current()).isEqualTo(1);
	}

	@Test
	void theRedisBitmapIsReadInRedisBitOrder() {
		// SETBIT key 0 1 and SETBIT key 9 1 give the bytes 0x80 0x40.
		ActiveDays days = ActiveDays.fromRedisBitmap(new byte[] { (byte) 0x80, 0x40 });

		assertThat(days.contains(ActiveDays.BASE)).isTrue();
		assertThat(days.contains(ActiveDays.BASE.plusDays(9))).isTrue();
		assertThat(days.contains(ActiveDays.BASE.plusDays(1))).isFalse();
		assertThat(days.count()).isEqualTo(2);
	}

	@Test
	void milestonesAreCelebratedOnTheDayTheyAreReached() {
		LocalDate today = LocalDate.of(2026, 6, 10);
		ActiveDays week = ActiveDays.of(today.minusDays(6), today.minusDays(5), today.minusDays(4), today.minusDays(3),
				today.minusDays(2), today.minusDays(1), today);

		assertThat(Streak.of(week, today).milestone()).isTrue();
		assertThat(Streak.of(week, today.plusDays(1)).milestone()).isFalse();
	}

	private static LocalDate day(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate();
	}

}
