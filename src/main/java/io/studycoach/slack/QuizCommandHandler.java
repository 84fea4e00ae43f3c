package io.studycoach.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.lettuce.core.RedisException;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.ProgressUnavailableException;
import io.studycoach.quiz.QuizService;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code /quiz} and its subcommands. Replies go back in the acknowledgement as ephemeral messages,
 * so they work in any channel or DM without the bot being a member.
 */
@Component
class QuizCommandHandler implements SlackListener {

	static final String COMMAND = "/quiz";

	private static final Logger logger = LoggerFactory.getLogger(QuizCommandHandler.class);

	private final QuizCommandParser parser;

	private final QuizService quiz;

	private final SlackZones zones;

	private final QuestionView questionView;

	private final StatsView statsView;

	private final NoticeView notices;

	QuizCommandHandler(QuizCommandParser parser, QuizService quiz, SlackZones zones, QuestionView questionView,
			StatsView statsView, NoticeView notices) {
		this.parser = parser;
		this.quiz = quiz;
		this.zones = zones;
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
		Message reply;
		try {
			reply = reply(this.parser.parse(payload.getText()), payload, context);
		}
		catch (RedisException | ProgressUnavailableException ex) {
			logger.warn("/quiz could not reach Redis: {}", ex.getMessage());
			reply = this.notices.notice(Wording.TRY_AGAIN);
		}
		Message message = reply;
		return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
	}

	private Message reply(QuizCommand command, SlashCommandPayload payload, SlashCommandContext context) {
		String team = payload.getTeamId();
		String user = payload.getUserId();
		if (command instanceof QuizCommand.Ask ask) {
			QuizService.Asked asked = this.quiz.ask(team, user, payload.getChannelId(), ask.domainId());
			// Learn the time zone now, so the answer click rarely waits for users.info.
			this.zones.zone(context.client(), team, user);
			return this.questionView.render(asked.question(), asked.delivery().id());
		}
		if (command instanceof QuizCommand.Stats) {
			LearnerProgress progress = this.quiz.progress(team, user);
			ZoneId zone = this.zones.zone(context.client(), team, user);
			return this.statsView.render(progress, this.quiz.streak(progress, zone));
		}
		return this.notices.help(COMMAND, ((QuizCommand.Help) command).unknown());
	}

}
