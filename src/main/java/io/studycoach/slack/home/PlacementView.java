package io.studycoach.slack.home;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import io.studycoach.quiz.PlacementRound;
import io.studycoach.slack.Message;
import io.studycoach.slack.QuestionView;
import io.studycoach.wording.Prompts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * The placement round's messages: each question says which of the six it is, and its feedback's
 * button carries the next step (no state in the click but that number), the last one's a closing line.
 */
@Component
public final class PlacementView {

	/** The feedback's button to the round's next question; its value is the 0-based step to ask. */
	public static final String NEXT_ACTION = "placement_next";

	private final Prompts prompts;

	private final QuestionView questions;

	PlacementView(Prompts prompts, QuestionView questions) {
		this.prompts = prompts;
		this.questions = questions;
	}

	Message question(PlacementRound.Step step) {
		String heading = this.prompts.render(OnboardingWording.STEP,
				new OnboardingWording.Step(step.step() + 1, step.of(), step.section()));
		Message question = this.questions.render(step.asked().question(), step.asked().delivery().id());
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(context(c -> c.elements(List.of(markdownText(heading)))));
		blocks.addAll(question.blocks());
		return new Message(heading + "\n" + question.text(), blocks);
	}

	/**
	 * The ordinary feedback to a placement question, its "Next question" button turned into the round's
	 * next step, or after the last step a closing line (the ordinary button stays).
	 *
	 * @param step 0-based
	 */
	public Message afterAnswer(Message feedback, int step, int of) {
		List<LayoutBlock> blocks = new ArrayList<>(feedback.blocks());
		if (step + 1 >= of) {
			String done = this.prompts.render(OnboardingWording.DONE, new OnboardingWording.Done(of));
			blocks.add(blocks.size() - 1, section(s -> s.text(markdownText(done))));
			return new Message(feedback.text(), blocks);
		}
		if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof ActionsBlock) {
			blocks.remove(blocks.size() - 1);
		}
		String label = "Placement question " + (step + 2) + " of " + of;
		blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(NEXT_ACTION)
			.text(plainText(label))
			.style("primary")
			.value(Integer.toString(step + 1)))))));
		return new Message(feedback.text(), blocks);
	}

}
