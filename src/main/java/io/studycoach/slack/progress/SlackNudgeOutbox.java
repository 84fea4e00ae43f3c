package io.studycoach.slack.progress;

import io.studycoach.delivery.NudgeOutbox;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.slack.FeedbackView;
import io.studycoach.slack.Message;
import io.studycoach.slack.Wording;
import io.studycoach.slack.channel.SlackOutbox;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.wording.Prompts;

import java.util.List;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** The exam nudge as a DM with a button that asks a question there and then. */
@Component
class SlackNudgeOutbox implements NudgeOutbox {

	private final SlackCalls slack;

	private final Prompts prompts;

	SlackNudgeOutbox(SlackCalls slack, Prompts prompts) {
		this.slack = slack;
		this.prompts = prompts;
	}

	@Override
	public SendOutcome nudge(String teamId, String userId, long daysToExam, String marker) {
		String text = this.prompts.render(Wording.NUDGE, new Wording.Nudge(io.studycoach.wording.Count.of(daysToExam)));
		Message message = new Message(text, List.of(section(s -> s.text(markdownText(text))),
				actions(a -> a.elements(List.of(button(b -> b.actionId(FeedbackView.NEXT_ACTION)
					.text(plainText("Quiz me now"))
					.style("primary")
					.value("")))))));
		return SlackOutbox.post(this.slack, teamId, userId, message, marker);
	}

}
