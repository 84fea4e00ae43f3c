package io.studycoach.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.lettuce.core.RedisException;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.ProgressUnavailableException;
import io.studycoach.quiz.QuizService;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code /quiz} and its subcommands. A question, stats and help go back in the acknowledgement as
 * ephemeral messages, so they work in any channel or DM without the bot being a member; subcommands
 * that call Slack answer through the command's response_url after the acknowledgement.
 */
@Component
class QuizCommandHandler implements SlackListener {

	static final String COMMAND = "/quiz";

	/** For a request that is signed but lacks what every Slack request carries. */
	static final Response BAD_REQUEST = Response.builder()
		.statusCode(400)
		.contentType("application/json")
		.body("{\"error\":\"missing team, user or channel\"}")
		.build();

	private static final Logger logger = LoggerFactory.getLogger(QuizCommandHandler.class);

	private final QuizCommandParser parser;

	private final QuizService quiz;

	private final SlackUsers users;

	private final ChannelCommandHandler channelCommands;

	private final SubscriptionCommandHandler subscriptionCommands;

	private final SummaryCommandHandler summaryCommands;

	private final ChallengeCommandHandler challengeCommands;

	private final ForgetMeHandler forgetMe;

	private final Responder responder;

	private final QuestionView questionView;

	private final StatsView statsView;

	private final NoticeView notices;

	QuizCommandHandler(QuizCommandParser parser, QuizService quiz, SlackUsers users,
			ChannelCommandHandler channelCommands, SubscriptionCommandHandler subscriptionCommands,
			SummaryCommandHandler summaryCommands, ChallengeCommandHandler challengeCommands, ForgetMeHandler forgetMe,
			Responder responder, QuestionView questionView, StatsView statsView, NoticeView notices) {
		this.forgetMe = forgetMe;
		this.challengeCommands = challengeCommands;
		this.summaryCommands = summaryCommands;
		this.parser = parser;
		this.quiz = quiz;
		this.users = users;
		this.channelCommands = channelCommands;
		this.subscriptionCommands = subscriptionCommands;
		this.responder = responder;
		this.questionView = questionView;
		this.statsView = statsView;
		this.notices = notices;
	}

	@Override
	public void register(App app) {
		app.command(COMMAND, (request, context) -> handle(request, context));
	}

	private Response handle(SlashCommandRequest request, SlashCommandContext context) {
		SlashCommandPayload payload = request.getPayload();
		if (blank(payload.getTeamId()) || blank(payload.getUserId()) || blank(payload.getChannelId())) {
			return BAD_REQUEST;
		}
		QuizCommand command = this.parser.parse(payload.getText());
		if (slow(command)) {
			// These call Slack and may wait on its rate limits: acknowledge now, answer through response_url.
			this.responder.later(context, () -> guarded(() -> reply(command, payload)));
			return context.ack();
		}
		Message message = guarded(() -> reply(command, payload));
		return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static boolean slow(QuizCommand command) {
		return !(command instanceof QuizCommand.Ask || command instanceof QuizCommand.Stats
				|| command instanceof QuizCommand.Help || command instanceof QuizCommand.ForgetMe);
	}

	private Message guarded(java.util.function.Supplier<Message> reply) {
		try {
			return reply.get();
		}
		catch (RedisException | ProgressUnavailableException ex) {
			logger.warn("/quiz could not reach Redis: {}", ex.getMessage());
			return this.notices.notice(Wording.TRY_AGAIN);
		}
		catch (SlackUnavailableException ex) {
			logger.warn("/quiz could not reach Slack: {}", ex.getMessage());
			return this.notices.notice(Wording.TRY_AGAIN);
		}
	}

	private Message reply(QuizCommand command, SlashCommandPayload payload) {
		String team = payload.getTeamId();
		String user = payload.getUserId();
		if (command instanceof QuizCommand.Ask ask) {
			ZoneId zone = this.users.zone(team, user);
			QuizService.Asked asked = this.quiz.ask(team, user, payload.getChannelId(), ask.domainId(), zone,
					Delivery.Kind.QUIZ);
			return this.questionView.render(asked.question(), asked.delivery().id());
		}
		if (command instanceof QuizCommand.Stats) {
			LearnerProgress progress = this.quiz.progress(team, user);
			ZoneId zone = this.users.zone(team, user);
			return this.statsView.render(progress, this.quiz.streak(progress, zone), this.quiz.now(),
					this.quiz.today(zone));
		}
		if (command instanceof QuizCommand.Help help) {
			return this.notices.help(COMMAND, help.unknown());
		}
		if (command instanceof QuizCommand.ForgetMe) {
			return this.forgetMe.confirmation();
		}
		if (command instanceof QuizCommand.Subscribe subscribe) {
			return this.subscriptionCommands.subscribe(subscribe, team, user);
		}
		if (command instanceof QuizCommand.Unsubscribe) {
			return this.subscriptionCommands.unsubscribe(team, user);
		}
		if (command instanceof QuizCommand.ChallengeStart || command instanceof QuizCommand.ChallengeAction) {
			return this.challengeCommands.handle(command, team, payload.getChannelId(), user);
		}
		if (command instanceof QuizCommand.Summary || command instanceof QuizCommand.SetupSummary
				|| command instanceof QuizCommand.Leaderboard) {
			return this.summaryCommands.handle(command, team, payload.getChannelId(), user);
		}
		return this.channelCommands.handle(command, team, payload.getChannelId(), user);
	}

}
