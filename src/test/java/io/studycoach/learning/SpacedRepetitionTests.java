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
		ReviewState state = new ReviewState(2, 8, 2.3, DAY.plusDays(8), 1, DAY, true);

		assertThat(ReviewState.decode(state.encode())).isEqualTo(state);
	}

}
