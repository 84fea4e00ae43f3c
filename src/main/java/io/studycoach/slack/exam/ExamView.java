package io.studycoach.slack.exam;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.exam.Exam;
import io.studycoach.slack.Message;
import io.studycoach.slack.QuestionView;
import io.studycoach.slack.Wording;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;

/**
 * A running exam as one message that each click replaces: a question with its choices (buttons, or
 * checkboxes for a choose-two question, as in {@link QuestionView}) and Previous / Next / Flag /
 * Review; the review step with jump buttons; the confirmation before submitting with questions left
 * unanswered. Nothing here says right or wrong.
 */
@Component
class ExamView {

	static final String CHOICE_PREFIX = "exam_choice_";

	static final String PICK = "exam_pick";

	static final String ANSWERS_BLOCK = "exam_answers#";

	static final String GO_PREFIX = "exam_go_";

	static final String FLAG_ON = "exam_flag_on";

	static final String FLAG_OFF = "exam_flag_off";

	static final String REVIEW = "exam_review";

	static final String SUBMIT = "exam_submit";

	static final String SUBMIT_CONFIRMED = "exam_submit_confirmed";

	/** Jump buttons per actions block: Slack allows 25 elements in one. */
	private static final int JUMPS_PER_BLOCK = 25;

	private static final int OPTION_TEXT_LIMIT = 75;

	private final Prompts prompts;

	private final QuestionBank bank;

	ExamView(Prompts prompts, QuestionBank bank) {
		this.prompts = prompts;
		this.bank = bank;
	}

	/** Question {@code index} of the exam, with the learner's answer so far. */
	Message question(Exam exam, int index, Instant now) {
		ExamRef ref = new ExamRef(exam.id(), exam.userId(), index);
		String heading = this.prompts.render(ExamWording.HEADING, new ExamWording.Heading(index + 1, exam.size(),
				left(exam.timeLeft(now)), exam.answeredCount(), exam.flagged(index)));
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(context(c -> c.elements(List.of(markdownText(heading)))));
		Question question = this.bank.question(exam.questionIds().get(index)).orElse(null);
		String chosen = exam.answer(index);
		if (question != null) {
			boolean fitButtons = question.choices().stream().allMatch(c -> c.length() <= QuestionView.BUTTON_TEXT_LIMIT);
			List<Wording.Choice> choices = IntStream.range(0, question.choices().size())
				.mapToObj(i -> new Wording.Choice(String.valueOf(Question.letter(i)), question.choices().get(i)))
				.toList();
			String text = this.prompts.render(ExamWording.QUESTION, new ExamWording.QuestionText(question.question(),
					question.multiSelect(), question.answer().size(), !fitButtons || question.multiSelect(), choices));
			blocks.add(section(s -> s.text(markdownText(text))));
			blocks.add(actions(a -> a.blockId(ANSWERS_BLOCK + ref.value())
				.elements(question.multiSelect() ? checkboxList(choices, chosen) : buttons(choices, chosen, ref, fitButtons))));
			String yours = this.prompts.render(ExamWording.YOUR_ANSWER,
					new ExamWording.YourAnswer(String.join(", ", chosen.split("")), question.multiSelect()));
			blocks.add(context(c -> c.elements(List.of(markdownText(yours)))));
		}
		List<BlockElement> nav = new ArrayList<>();
		if (index > 0) {
			nav.add(button(b -> b.actionId(GO_PREFIX + (index - 1)).text(plainText("◀ Previous")).value(ref.at(index - 1).value())));
		}
		if (index < exam.size() - 1) {
			nav.add(button(b -> b.actionId(GO_PREFIX + (index + 1)).text(plainText("Next ▶")).value(ref.at(index + 1).value())));
		}
		boolean flagged = exam.flagged(index);
		nav.add(button(b -> b.actionId(flagged ? FLAG_OFF : FLAG_ON)
			.text(plainText(flagged ? "Remove flag" : "Flag for review"))
			.value(ref.value())));
		nav.add(button(b -> b.actionId(REVIEW).text(plainText("Review and submit")).value(ref.value())));
		blocks.add(actions(a -> a.blockId("exam_nav").elements(nav)));
		return new Message(heading.replace("*", ""), blocks);
	}

	/** The review step: unanswered and flagged questions with jump buttons, then Submit. */
	Message review(Exam exam, int from, Instant now) {
		ExamRef ref = new ExamRef(exam.id(), exam.userId(), from);
		List<Integer> unanswered = exam.unanswered();
		List<Integer> flagged = exam.flagged();
		String text = this.prompts.render(ExamWording.REVIEW, new ExamWording.Review(exam.answeredCount(), exam.size(),
				left(exam.timeLeft(now)), jumps(unanswered), jumps(flagged)));
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(markdownText(text))));
		addJumps(blocks, "exam_unanswered", unanswered, ref, "");
		addJumps(blocks, "exam_flagged", flagged, ref, "⚑ ");
		List<BlockElement> end = new ArrayList<>();
		end.add(button(b -> b.actionId(GO_PREFIX + from).text(plainText("◀ Back to question " + (from + 1))).value(ref.value())));
		end.add(button(b -> b.actionId(SUBMIT).text(plainText("Submit exam")).style("primary").value(ref.value())));
		blocks.add(actions(a -> a.blockId("exam_end").elements(end)));
		return new Message("Review before you submit: " + exam.answeredCount() + " of " + exam.size() + " answered",
				blocks);
	}

	/** Asked before submitting with questions unanswered. */
	Message confirmSubmit(Exam exam, int from) {
		ExamRef ref = new ExamRef(exam.id(), exam.userId(), from);
		String text = this.prompts.render(ExamWording.CONFIRM_SUBMIT, new ExamWording.Unanswered(
				io.studycoach.wording.Count.of(exam.unanswered().size())));
		return new Message(text, List.of(section(s -> s.text(markdownText(text))),
				actions(a -> a.blockId("exam_confirm").elements(List.of(
						button(b -> b.actionId(SUBMIT_CONFIRMED).text(plainText("Submit anyway")).style("danger").value(ref.value())),
						button(b -> b.actionId(REVIEW).text(plainText("Back to the review")).value(ref.value())))))));
	}

	private static List<ExamWording.Jump> jumps(List<Integer> indexes) {
		return indexes.stream().map(i -> new ExamWording.Jump(i + 1)).toList();
	}

	private static void addJumps(List<LayoutBlock> blocks, String blockId, List<Integer> indexes, ExamRef ref, String mark) {
		for (int from = 0; from < indexes.size(); from += JUMPS_PER_BLOCK) {
			List<BlockElement> row = indexes.subList(from, Math.min(indexes.size(), from + JUMPS_PER_BLOCK))
				.stream()
				.<BlockElement>map(i -> button(b -> b.actionId(GO_PREFIX + i).text(plainText(mark + "Q" + (i + 1))).value(ref.at(i).value())))
				.toList();
			String id = blockId + "_" + from;
			blocks.add(actions(a -> a.blockId(id).elements(row)));
		}
	}

	private static List<BlockElement> buttons(List<Wording.Choice> choices, String chosen, ExamRef ref, boolean withText) {
		List<BlockElement> buttons = new ArrayList<>();
		for (Wording.Choice choice : choices) {
			String label = withText ? choice.letter() + ". " + choice.text() : choice.letter();
			boolean picked = chosen.equals(choice.letter());
			buttons.add(button(b -> b.actionId(CHOICE_PREFIX + choice.letter())
				.text(plainText((picked ? "✓ " : "") + label))
				.style(picked ? "primary" : null)
				.value(ref.value())));
		}
		return buttons;
	}

	private static List<BlockElement> checkboxList(List<Wording.Choice> choices, String chosen) {
		List<OptionObject> options = choices.stream().map(choice -> {
			String label = choice.letter() + ". " + choice.text();
			return OptionObject.builder()
				.text(plainText(label.length() <= OPTION_TEXT_LIMIT ? label : choice.letter()))
				.value(choice.letter())
				.build();
		}).toList();
		List<OptionObject> initial = options.stream().filter(o -> chosen.contains(o.getValue())).toList();
		return List.of(checkboxes(c -> c.actionId(PICK).options(options).initialOptions(initial.isEmpty() ? null : initial)));
	}

	<T extends Record> String render(Prompt<T> prompt, T context) {
		return this.prompts.render(prompt, context);
	}

	/** Time left as h:mm, rounded up: "0:01" until the very last second. */
	static String left(Duration left) {
		long minutes = (left.toSeconds() + 59) / 60;
		return minutes / 60 + ":" + String.format("%02d", minutes % 60);
	}

	/** A duration as h:mm, rounded down. */
	static String clock(Duration duration) {
		long minutes = duration.toMinutes();
		return minutes / 60 + ":" + String.format("%02d", minutes % 60);
	}

}
