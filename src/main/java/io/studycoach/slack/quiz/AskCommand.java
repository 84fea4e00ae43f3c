package io.studycoach.slack.quiz;

import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.progress.Delivery;
import io.studycoach.quiz.QuizService;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.QuestionView;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.web.SlackUsers;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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

	/** A word meant as a domain or section id, right or wrong ({@code d9} is a mistyped area, not a command). */
	private static final Pattern LOOKS_LIKE_AREA = Pattern.compile("[dDsS]\\d{1,3}");

	@Override
	public boolean handles(List<String> words) {
		return words.isEmpty() || this.bank.findArea(words.get(0)).isPresent()
				|| LOOKS_LIKE_AREA.matcher(words.get(0)).matches();
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		List<String> words = call.words();
		return Optional.of(this.bank.findArea(words.get(0)).isPresent()
				? new Refusal(Refusal.Problem.EXTRA_WORD, words.get(1), RefusalWording.AREAS)
				: new Refusal(Refusal.Problem.NOT_AN_AREA, words.get(0), RefusalWording.AREAS));
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		if (call.words().size() > 1 || (call.words().size() == 1 && this.bank.findArea(call.words().get(0)).isEmpty())) {
			return Optional.empty();
		}
		String area = call.words().isEmpty() ? "" : this.bank.findArea(call.words().get(0)).map(StudyArea::id).orElse("");
		return Optional.of(() -> {
			QuizService.Asked asked = this.quiz.ask(call.team(), call.user(), call.channel(), area,
					this.users.zoneWithoutWaiting(call.team(), call.user()), Delivery.Kind.QUIZ);
			return this.questionView.render(asked.question(), asked.delivery().id());
		});
	}

}
