package io.studycoach.slack.quiz;

import io.studycoach.learning.StudyPlan;
import io.studycoach.quiz.QuizService;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** {@code /quiz plan exam|data-engineer}: what weights the caller's own daily questions. */
@Component
class PlanCommand implements Subcommand {

	private final QuizService quiz;

	private final NoticeView notices;

	PlanCommand(QuizService quiz, NoticeView notices) {
		this.quiz = quiz;
		this.notices = notices;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("plan");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		List<String> args = call.args();
		return Optional.of(args.size() > 1 ? new Refusal(Refusal.Problem.EXTRA_WORD, args.get(1), RefusalWording.PLAN)
				: new Refusal(Refusal.Problem.NOT_A_PLAN, args.isEmpty() ? "" : args.get(0), RefusalWording.PLAN));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		if (call.args().size() != 1) {
			return Optional.empty();
		}
		return StudyPlan.fromWord(call.args().get(0)).map(plan -> () -> {
			this.quiz.choosePlan(call.team(), call.user(), plan);
			return this.notices.notice(Wording.PLAN_CHOSEN, Wording.PlanChosen.of(plan, false));
		});
	}

}
