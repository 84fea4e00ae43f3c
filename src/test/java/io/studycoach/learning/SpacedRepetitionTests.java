package io.studycoach.learning;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpacedRepetitionTests {

	private static final LocalDate DAY = LocalDate.of(2026, 4, 6);

	@Test
	void aFirstRightAnswerSchedulesNothing() {
		assertThat(SpacedRepetition.afterAnswer(Optional.empty(), true, DAY)).isEmpty();
	}

	@Test
	void aMissedQuestionIsDueTheNextDayAndNotBefore() {
		ReviewState missed = SpacedRepetition.afterAnswer(Optional.empty(), false, DAY).orElseThrow();

		assertThat(missed.dueOn(DAY)).isFalse();
		assertThat(missed.dueOn(DAY.plusDays(1))).isTrue();
		assertThat(missed.lastRight()).isFalse();
	}

	@Test
	void rightAnswersStretchTheIntervalAndTwoRightsAtAWeekOrMoreRetireIt() {
		ReviewState state = SpacedRepetition.afterAnswer(Optional.empty(), false, DAY).orElseThrow();
		LocalDate day = DAY;
		int previous = state.intervalDays();
		int reviews = 0;
		while (!state.retired()) {
			day = state.due();
			state = SpacedRepetition.afterAnswer(Optional.of(state), true, day).orElseThrow();
			assertThat(state.intervalDays()).isGreaterThan(previous);
			previous = state.intervalDays();
			reviews++;
		}

		// 1 day, then 3, then 8 (the first gap of a week or more), then 20: retired.
		assertThat(reviews).isEqualTo(4);
		assertThat(state.dueOn(day.plusYears(1))).isFalse();
	}

	@Test
	void aMissDuringReviewsStartsOverAndLowersTheEase() {
		ReviewState state = SpacedRepetition.afterAnswer(Optional.empty(), false, DAY).orElseThrow();
		state = SpacedRepetition.afterAnswer(Optional.of(state), true, DAY.plusDays(1)).orElseThrow();
		state = SpacedRepetition.afterAnswer(Optional.of(state), false, DAY.plusDays(4)).orElseThrow();

		assertThat(state.reps()).isZero();
		assertThat(state.due()).isEqualTo(DAY.plusDays(5));
		assertThat(state.ease()).isLessThan(SpacedRepetition.START_EASE);
		assertThat(state.longRights()).isZero();
	}

	@Test
	void stateSurvivesItsRedisEncoding() {
		ReviewState state = new ReviewState(2, 8, 2.3, 1, DAY, true);

		assertThat(ReviewState.decode(state.encode())).isEqualTo(state);
		assertThat(state.due()).isEqualTo(DAY.plusDays(8));
	}

	@Test
	void theStoredFormCountsDaysFromTheBitmapsDayZeroAndKeepsTheEaseToTwoDecimals() {
		ReviewState thriceMissed = SpacedRepetition.afterAnswer(Optional.empty(), false, LocalDate.of(2026, 12, 1))
			.flatMap(s -> SpacedRepetition.afterAnswer(Optional.of(s), false, LocalDate.of(2026, 12, 2)))
			.flatMap(s -> SpacedRepetition.afterAnswer(Optional.of(s), false, LocalDate.of(2026, 12, 3)))
			.orElseThrow();

		// The first miss starts at 2.5; 2.5 - 0.2 - 0.2 in doubles is 2.0999999999999996. Day 1067 after 2024-01-01.
		assertThat(thriceMissed.ease()).isNotEqualTo(2.1);
		assertThat(thriceMissed.encode()).isEqualTo("0,1,2.1,0,1067,0");
		assertThat(ReviewState.decode(thriceMissed.encode()).ease()).isEqualTo(2.1);
	}

	@Test
	void aStateWrittenByAnEarlierVersionWithItsDueDayReadsTheSame() {
		// reps, interval, ease, due, long rights, last, last right; days since 1970-01-01.
		ReviewState old = ReviewState.decode("2,8,2.3,20797,1,20789,1");

		assertThat(old).isEqualTo(new ReviewState(2, 8, 2.3, 1, LocalDate.ofEpochDay(20789), true));
		assertThat(old.due()).isEqualTo(LocalDate.ofEpochDay(20797));
		assertThat(ReviewState.decode(old.encode())).isEqualTo(old);
	}

}
