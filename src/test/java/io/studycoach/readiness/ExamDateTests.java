package io.studycoach.readiness;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExamDateTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void aDateMustBeAnIsoDayAfterTodayAndWithinAYear() {
		assertThat(ExamDate.refusal("2027-03-15", TODAY)).isEmpty();
		assertThat(ExamDate.refusal("2026-12-02", TODAY)).isEmpty();
		assertThat(ExamDate.refusal("2027-12-01", TODAY)).isEmpty();
		assertThat(ExamDate.refusal("2026-12-01", TODAY)).hasValue("past");
		assertThat(ExamDate.refusal("2025-06-01", TODAY)).hasValue("past");
		assertThat(ExamDate.refusal("2027-12-02", TODAY)).hasValue("too_far");
		assertThat(ExamDate.refusal("15/03/2027", TODAY)).hasValue("not_a_date");
		assertThat(ExamDate.refusal("2027-02-30", TODAY)).hasValue("not_a_date");
	}

	@Test
	void thePlanSpreadsTheUnseenQuestionsOverTheDaysLeftAtMostFiveADay() {
		ExamDate.Plan plan = ExamDate.plan(LocalDate.of(2027, 3, 15), TODAY, 300);
		assertThat(plan.daysLeft()).isEqualTo(104);
		assertThat(plan.perDay()).isEqualTo(3);
		assertThat(plan.firstPracticeExam()).isEqualTo(LocalDate.of(2027, 2, 22));
		assertThat(plan.lastPracticeExam()).isEqualTo(LocalDate.of(2027, 3, 8));
		assertThat(ExamDate.plan(LocalDate.of(2026, 12, 11), TODAY, 500).perDay()).isEqualTo(5);
		assertThat(ExamDate.plan(LocalDate.of(2027, 6, 1), TODAY, 10).perDay()).isEqualTo(1);
	}

}
