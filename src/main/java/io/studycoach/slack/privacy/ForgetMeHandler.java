package io.studycoach.slack.privacy;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import io.studycoach.progress.Forgetting;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.DeliveryWording;
import io.studycoach.slack.Message;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** {@code /quiz forget-me}: a confirmation first, then everything about the member is deleted. */
@Component
class ForgetMeHandler implements SlackListener, Subcommand {

	static final String CONFIRM_ACTION = "forget_confirm";

	static final String CANCEL_ACTION = "forget_cancel";

	private static final Logger logger = LoggerFactory.getLogger(ForgetMeHandler.class);

	private final Forgetting forgetting;

	private final Prompts prompts;

	private final Responder responder;

	ForgetMeHandler(Forgetting forgetting, Prompts prompts, Responder responder) {
		this.forgetting = forgetting;
		this.prompts = prompts;
		this.responder = responder;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("forget-me");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return call.args().stream().findFirst().map(word -> new Refusal(Refusal.Problem.EXTRA_WORD, word, RefusalWording.FORGET));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return call.args().isEmpty() ? Optional.of(this::confirmation) : Optional.empty();
	}

	private Message confirmation() {
		String text = this.prompts.render(DeliveryWording.FORGET_CONFIRM, new Wording.None());
		return new Message(text, List.of(section(s -> s.text(markdownText(text))),
				actions(a -> a.elements(List.of(
						button(b -> b.actionId(CONFIRM_ACTION).text(plainText("Yes, forget me")).style("danger").value("yes")),
						button(b -> b.actionId(CANCEL_ACTION).text(plainText("Cancel")).value("no")))))));
	}

	@Override
	public void register(App app) {
		app.blockAction(CONFIRM_ACTION, (request, context) -> {
			BlockActionPayload payload = request.getPayload();
			// The member comes from Slack's signed payload, never from the button's value.
			String team = payload.getTeam().getId();
			String user = payload.getUser().getId();
			this.responder.background(() -> {
				long removed = this.forgetting.forget(team, user);
				logger.info("Forgot a member on request ({} keys and entries)", removed);
				this.responder.replace(context, true, text(DeliveryWording.FORGOTTEN));
			});
			return context.ack();
		});
		app.blockAction(CANCEL_ACTION, (request, context) -> {
			this.responder.replace(context, true, text(DeliveryWording.FORGET_CANCELLED));
			return context.ack();
		});
	}

	private Message text(io.studycoach.wording.Prompt<Wording.None> prompt) {
		String text = this.prompts.render(prompt, new Wording.None());
		return new Message(text, List.of(section(s -> s.text(markdownText(text)))));
	}

}
