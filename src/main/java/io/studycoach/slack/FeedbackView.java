package io.studycoach.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import io.studycoach.content.Question;
import io.studycoach.learning.Streak;
import io.studycoach.progress.Tally;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** What a learner sees after answering: right or wrong, the right answer, why, where to read more. */
@Component
public final class FeedbackView {

	public static final String NEXT_ACTION = "quiz_next";

	/** "Report a problem" on any feedback (quiz, daily, challenge, exam review); its value is the question id. */
	public static final String REPORT_ACTION = "report_problem";

	private final Prompts prompts;

	public FeedbackView(Prompts prompts) {
		this.prompts = prompts;
	}

	public Message render(Question question, String chosen, boolean right, Streak streak, Tally overall) {
		String verdict = right
				? this.prompts.render(Wording.FEEDBACK_RIGHT, new Wording.FeedbackRight(question.answerLetters()))
				: this.prompts.render(Wording.FEEDBACK_WRONG,
						new Wording.FeedbackWrong(chosen, question.answerLetters()));
		List<Wording.Choice> answers = question.answer()
			.stream()
			.sorted()
			.map(letter -> new Wording.Choice(String.valueOf(letter), question.choices().get(letter - 'A')))
			.toList();
		List<Wording.Reference> references = question.references()
			.stream()
			.map(url -> new Wording.Reference(url, host(url)))
			.toList();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(markdownText(verdict))));
		blocks.add(section(s -> s.text(markdownText(Prompts.escape(question.question())))));
		blocks.add(section(s -> s.text(markdownText(render(Wording.FEEDBACK_ANSWER, new Wording.FeedbackAnswer(answers))))));
		blocks.add(section(s -> s.text(markdownText(render(Wording.EXPLANATION,
				new Wording.Explanation(question.explanation()))))));
		blocks.add(context(c -> c.elements(List.of(markdownText(render(Wording.REFERENCE,
				new Wording.References(references)))))));
		blocks.add(divider());
		blocks.add(context(c -> c.elements(List.of(markdownText(render(Wording.STREAK, new Wording.StreakLine(
				streak.current(), streak.longest(), overall.answered(), overall.percent(),
				io.studycoach.wording.Count.of(streak.freezeEarnedToday() ? streak.freezes() : 0))))))));
		if (streak.milestone()) {
			blocks.add(section(s -> s.text(markdownText(render(Wording.STREAK_MILESTONE,
					new Wording.Milestone(streak.current()))))));
		}
		blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(NEXT_ACTION)
			.text(plainText("Next question"))
			.value(question.domain())), reportButton(question.id())))));
		return new Message(verdict, blocks);
	}

	/**
	 * The feedback on an answer to a quarantined question: it is under review and the answer did not
	 * count; the report button stays, so more learners can say what is wrong.
	 */
	public Message underReview(Question question, String chosen) {
		String text = render(Wording.FEEDBACK_UNDER_REVIEW, new Wording.UnderReview(chosen));
		List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText(text))),
				section(s -> s.text(markdownText(Prompts.escape(question.question())))),
				actions(a -> a.elements(List.of(button(b -> b.actionId(NEXT_ACTION)
					.text(plainText("Next question"))
					.value(question.domain())), reportButton(question.id())))));
		return new Message(text, blocks);
	}

	public static ButtonElement reportButton(String questionId) {
		return button(b -> b.actionId(REPORT_ACTION).text(plainText("Report a problem")).value(questionId));
	}

	private <T extends Record> String render(Prompt<T> prompt, T context) {
		return this.prompts.render(prompt, context);
	}

	private static String host(String url) {
		String host = URI.create(url).getHost();
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
