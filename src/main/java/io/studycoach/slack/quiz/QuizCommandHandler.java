package io.studycoach.slack.quiz;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;
import io.studycoach.slack.web.SlackUnavailableException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code /quiz}: hands the command to the sub-command that claims its words. Replies that need no
 * Slack call go back in the acknowledgement as ephemeral messages, so they work in any channel or DM
 * without the bot being a member; the others answer through the response_url after the ack.
 */
@Component
class QuizCommandHandler implements SlackListener {

	private static final int MAX_ECHO = 40;

	private static final Logger logger = LoggerFactory.getLogger(QuizCommandHandler.class);

	private final List<Subcommand> subcommands;

	private final Responder responder;

	private final NoticeView notices;

	QuizCommandHandler(List<Subcommand> subcommands, Responder responder, NoticeView notices) {
		this.subcommands = subcommands;
		this.responder = responder;
		this.notices = notices;
	}

	@Override
	public void register(App app) {
		app.command(Subcommand.COMMAND, (request, context) -> handle(request, context));
	}

	private Response handle(SlashCommandRequest request, SlashCommandContext context) {
		SlashCommandPayload payload = request.getPayload();
		if (Payloads.blank(payload.getTeamId()) || Payloads.blank(payload.getUserId())
				|| Payloads.blank(payload.getChannelId())) {
			return Payloads.BAD_REQUEST;
		}
		String text = payload.getText() == null ? "" : payload.getText().trim().replaceAll("\\s+", " ");
		List<String> words = text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
		CommandCall call = new CommandCall(payload.getTeamId(), payload.getUserId(), payload.getChannelId(), words);
		Optional<Subcommand> subcommand = this.subcommands.stream().filter(s -> s.handles(words)).findFirst();
		Optional<Supplier<Message>> work = subcommand.flatMap(s -> s.parse(call));
		if (work.isEmpty()) {
			Message help = subcommand.flatMap(s -> s.refusal(call))
				.map(this.notices::refusal)
				.orElseGet(() -> this.notices.help(Subcommand.COMMAND, echo(text)));
			return context.ack(r -> r.responseType("ephemeral").text(help.text()).blocks(help.blocks()));
		}
		Supplier<Message> reply = () -> guarded(work.get());
		if (subcommand.get().callsSlack()) {
			// These call Slack and may wait on its rate limits: acknowledge now, answer through response_url.
			this.responder.later(context, reply);
			return context.ack();
		}
		Message message = reply.get();
		return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
	}

	private Message guarded(Supplier<Message> reply) {
		try {
			return reply.get();
		}
		catch (StoreUnavailableException ex) {
			logger.warn("/quiz could not reach Redis: {}", ex.getMessage());
			return this.notices.notice(Wording.TRY_AGAIN);
		}
		catch (SlackUnavailableException ex) {
			logger.warn("/quiz could not reach Slack: {}", ex.getMessage());
			return this.notices.notice(Wording.TRY_AGAIN);
		}
	}

	private static String echo(String text) {
		return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "…" : text;
	}

}
