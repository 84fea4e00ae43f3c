package io.studycoach.slack.exam;

import io.studycoach.content.QuestionBank;
import io.studycoach.exam.Attempt;
import io.studycoach.exam.ExamChart;
import io.studycoach.exam.ExamService;
import io.studycoach.slack.Message;
import io.studycoach.slack.web.SlackUsers;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code /quiz exam history}: the learner's last ten submitted exams, and a chart of them by section. */
@Component
class ExamHistory {

	static final int SHOWN = 10;

	private final ExamService exams;

	private final SlackUsers users;

	private final ResultView view;

	private final SlackExamOutbox outbox;

	private final QuestionBank bank;

	ExamHistory(ExamService exams, SlackUsers users, ResultView view, SlackExamOutbox outbox, QuestionBank bank) {
		this.exams = exams;
		this.users = users;
		this.view = view;
		this.outbox = outbox;
		this.bank = bank;
	}

	/** The list, shown only to the learner; the chart by section goes to their DM, never to a channel. */
	Message render(String team, String user) {
		List<Attempt> attempts = this.exams.history(team, user, SHOWN);
		if (!attempts.isEmpty()) {
			List<String> sections = this.bank.blueprint().sections().stream().map(s -> s.id()).toList();
			this.outbox.shareChart(team, user, "practice-exams.png", "Practice exams by guide section",
					() -> ExamChart.history(attempts, sections));
		}
		return this.view.history(attempts, this.users.zone(team, user));
	}

}
