package io.studycoach.slack.quiz;

import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.progress.Delivery;
import io.studycoach.quiz.QuizService;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.QuestionView;
import io.studycoach.slack.SlackUsers;
import io.studycoach.slack.Subcommand;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A bare {@code /quiz} (a question by the learner's plan), or one from a study area: a domain
 * ({@code /quiz d4}), an exam-guide section ({@code /quiz s4}, {@code /quiz serving}) or a tag
 * ({@code /quiz genai}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AskCommand implements Subcommand {

	private final QuizService quiz;

	private final QuestionBank bank;

	private final SlackUsers users;

	private final QuestionView questionView;

	AskCommand(QuizService quiz, QuestionBank bank, SlackUsers users, QuestionView questionView) {
		this.quiz = quiz;
		this.bank = bank;
		this.users = users;
		this.questionView = questionView;
	}

	@Override
	public boolean handles(List<String> words) {
		return words.isEmpty() || (words.size() == 1 && this.bank.findArea(words.get(0)).isPresent());
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		String area = call.words().isEmpty() ? "" : this.bank.findArea(call.words().get(0)).map(StudyArea::id).orElse("");
		return Optional.of(() -> {
			QuizService.Asked asked = this.quiz.ask(call.team(), call.user(), call.channel(), area,
					this.users.zoneWithoutWaiting(call.team(), call.user()), Delivery.Kind.QUIZ);
			return this.questionView.render(asked.question(), asked.delivery().id());
		});
	}

}
