package io.studycoach.slack.exam;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.support.CoachIntegrationTest;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A practice exam answer is a study day for the streak, like any other answer (exam-act.lua). */
class ExamStudyDayTests extends CoachIntegrationTest {

	private static final String USER = "U0EXAMDAY";

	@Autowired
	private QuestionBank bank;

	private ExamSlack exam;

	@BeforeEach
	void setUp() {
		this.exam = new ExamSlack(this.slack, this.team);
	}

	@Test
	void anExamAnswerStartsAStreak() {
		assertThat(this.exam.command(USER, "C0STUDY", "stats").toString()).contains("No streak running");
		this.exam.command(USER, "C0STUDY", "exam 10");
		String examId = redis().get("sc:{" + this.team + "}:u:" + USER + ":exam");
		List<String> ids = List.of(redis().hget("sc:{" + this.team + "}:u:" + USER + ":exam:" + examId, "q").split(","));
		int index = 0;
		while (this.bank.question(ids.get(index)).map(Question::multiSelect).orElse(true)) {
			index++;
		}
		String ref = examId + "|" + USER + "|" + index;
		if (index > 0) {
			this.exam.button(USER, "exam_go_" + index, ref);
		}

		this.exam.button(USER, "exam_choice_A", ref);

		assertThat(this.exam.command(USER, "C0STUDY", "stats").toString()).contains("Current streak: *1* study day");
	}

}
