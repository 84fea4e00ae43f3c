package io.studycoach.slack.quiz;

import io.studycoach.delivery.ExamNudges;
import io.studycoach.progress.ProgressReader;
import io.studycoach.quiz.QuizService;
import io.studycoach.readiness.ExamDate;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;
import io.studycoach.slack.web.SlackUsers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** {@code /quiz exam-date 2027-03-15} or {@code /quiz exam-date clear}. */
@Component
class ExamDateCommand implements Subcommand {

	private final ProgressReader progress;

	private final QuizService quiz;

	private final SlackUsers users;

	private final NoticeView notices;

	private final ExamNudges nudges;

	ExamDateCommand(ProgressReader progress, QuizService quiz, SlackUsers users, NoticeView notices, ExamNudges nudges) {
		this.nudges = nudges;
		this.progress = progress;
		this.quiz = quiz;
		this.users = users;
		this.notices = notices;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("exam-date");
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		List<String> args = call.args();
		return Optional.of(args.isEmpty() ? new Refusal(Refusal.Problem.MISSING_WORD, "/quiz exam-date", RefusalWording.EXAM_DATE)
				: new Refusal(Refusal.Problem.EXTRA_WORD, args.get(args.size() - 1), RefusalWording.EXAM_DATE));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		if (call.args().size() != 1) {
			return Optional.empty();
		}
		String typed = call.args().get(0);
		return Optional.of(() -> reply(call, typed));
	}

	private Message reply(CommandCall call, String typed) {
		if (typed.equalsIgnoreCase("clear")) {
			this.progress.setExamDate(call.team(), call.user(), Optional.empty(), LocalDate.MIN);
			return this.notices.notice(Wording.EXAM_DATE,
					new Wording.ExamDateReply(false, true, "", io.studycoach.wording.Count.of(0), io.studycoach.wording.Count.of(0), "", "", false, false, false,
							""));
		}
		// The learner's own calendar day: a date is past or not where they live.
		LocalDate today = this.quiz.today(this.users.zone(call.team(), call.user()));
		Optional<String> refusal = ExamDate.refusal(typed, today);
		if (refusal.isPresent()) {
			String why = refusal.get();
			return this.notices.notice(Wording.EXAM_DATE, new Wording.ExamDateReply(false, false, "", io.studycoach.wording.Count.of(0), io.studycoach.wording.Count.of(0), "", "",
					why.equals("not_a_date"), why.equals("past"), why.equals("too_far"), typed));
		}
		LocalDate date = LocalDate.parse(typed);
		this.progress.setExamDate(call.team(), call.user(), Optional.of(date), today);
		this.nudges.schedule(call.team(), call.user());
		long unseen = this.quiz.unseenInGuide(this.quiz.progress(call.team(), call.user()));
		ExamDate.Plan plan = ExamDate.plan(date, today, unseen);
		return this.notices.notice(Wording.EXAM_DATE, new Wording.ExamDateReply(true, false, date.toString(),
				io.studycoach.wording.Count.of(plan.daysLeft()), io.studycoach.wording.Count.of(plan.perDay()), plan.firstPracticeExam().toString(), plan.lastPracticeExam().toString(),
				false, false, false, typed));
	}

}
