package io.studycoach.slack.quality;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import io.studycoach.content.Question;
import io.studycoach.quality.ProblemReport;
import io.studycoach.quality.Reason;
import io.studycoach.wording.Prompts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The "Report a problem" modal (a reason as radio buttons, an optional comment of at most 500
 * characters) and the thanks that replaces it. The question id rides in private_metadata.
 */
@Component
class ReportModal {

	static final String CALLBACK = "report_problem_modal";

	static final String REASON_BLOCK = "report_reason";

	static final String REASON_ACTION = "reason";

	static final String COMMENT_BLOCK = "report_comment";

	static final String COMMENT_ACTION = "comment";

	/** The stem shown in the modal is cut here: the modal only has to say which question it is. */
	static final int STEM_CHARS = 300;

	static final Map<Reason, String> LABELS = Map.of(Reason.KEY_WRONG, "The marked answer is wrong", Reason.TWO_RIGHT,
			"Two answers are right", Reason.UNCLEAR, "The wording is unclear", Reason.OUTDATED,
			"A product or name is outdated", Reason.BROKEN_LINK, "A link is broken", Reason.TYPO, "There is a typo");

	private final Prompts prompts;

	ReportModal(Prompts prompts) {
		this.prompts = prompts;
	}

	View form(Question question) {
		String stem = question.question().length() > STEM_CHARS
				? question.question().substring(0, STEM_CHARS - 1) + "…" : question.question();
		List<OptionObject> options = Arrays.stream(Reason.values())
			.map(reason -> option(plainText(LABELS.get(reason)), reason.code()))
			.toList();
		List<LayoutBlock> blocks = List.of(
				section(s -> s.text(markdownText(this.prompts.render(QualityWording.MODAL_INTRO,
						new QualityWording.ModalIntro(stem))))),
				input(i -> i.blockId(REASON_BLOCK).label(plainText("What is wrong"))
					.element(radioButtons(r -> r.actionId(REASON_ACTION).options(options)))),
				input(i -> i.blockId(COMMENT_BLOCK).optional(true).label(plainText("Anything to add (optional)"))
					.element(plainTextInput(t -> t.actionId(COMMENT_ACTION).multiline(true)
						.maxLength(ProblemReport.MAX_COMMENT)))));
		return view(v -> v.type("modal").callbackId(CALLBACK).privateMetadata(question.id())
			.title(viewTitle(t -> t.type("plain_text").text("Report a problem")))
			.submit(viewSubmit(t -> t.type("plain_text").text("Send")))
			.close(viewClose(t -> t.type("plain_text").text("Cancel")))
			.blocks(blocks));
	}

	View thanks(boolean replaced) {
		String text = this.prompts.render(QualityWording.THANKS, new QualityWording.Thanks(replaced));
		return view(v -> v.type("modal").callbackId(CALLBACK + "_done")
			.title(viewTitle(t -> t.type("plain_text").text("Thank you")))
			.close(viewClose(t -> t.type("plain_text").text("Close")))
			.blocks(List.of(section(s -> s.text(markdownText(text))))));
	}

}
