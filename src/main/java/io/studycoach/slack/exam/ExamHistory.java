package io.studycoach.slack.exam;

import io.studycoach.exam.Attempt;
import io.studycoach.exam.ExamService;
import io.studycoach.slack.Message;
import io.studycoach.slack.SlackUsers;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code /quiz exam history}: the learner's last ten submitted exams, shown only to them. */
@Component
class ExamHistory {

	static final int SHOWN = 10;

	private final ExamService exams;

	private final SlackUsers users;

	private final ResultView view;

	ExamHistory(ExamService exams, SlackUsers users, ResultView view) {
		this.exams = exams;
		this.users = users;
		this.view = view;
	}

	Message render(String team, String user, String channel) {
		List<Attempt> attempts = this.exams.history(team, user, SHOWN);
		return this.view.history(attempts, this.users.zone(team, user));
	}

}
