package io.studycoach.slack.channel;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelWelcomes;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.slack.web.SlackUnavailableException;
import io.studycoach.wording.Prompts;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * A member who joins a study channel gets one private welcome there (chat.postEphemeral): what the
 * channel does and the one command to start. The bot's own joining, other channels, Slack's retries
 * and later re-joins get none. Redis decides before the acknowledgement; Slack is called after it.
 */
@Component
class ChannelWelcome implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(ChannelWelcome.class);

	private final ChannelWelcomes welcomes;

	private final SlackCalls slack;

	private final Prompts prompts;

	private final Responder responder;

	ChannelWelcome(ChannelWelcomes welcomes, SlackCalls slack, Prompts prompts, Responder responder) {
		this.welcomes = welcomes;
		this.slack = slack;
		this.prompts = prompts;
		this.responder = responder;
	}

	@Override
	public void register(App app) {
		app.event(MemberJoinedChannelEvent.class, (payload, context) -> {
			String team = payload.getTeamId();
			String user = payload.getEvent().getUser();
			String channel = payload.getEvent().getChannel();
			if (user == null || channel == null || user.equals(context.getBotUserId())) {
				return context.ack();
			}
			try {
				Optional<ChannelSettings> settings = this.welcomes.welcome(team, channel, user);
				settings.ifPresent(s -> this.responder.background(() -> send(team, user, s)));
			}
			catch (StoreUnavailableException ex) {
				logger.warn("Could not check a study channel's welcome: {}", ex.getMessage());
			}
			return context.ack();
		});
	}

	private void send(String team, String user, ChannelSettings channel) {
		String text = this.prompts.render(WelcomeWording.WELCOME, new WelcomeWording.Welcome(channel.channelId(),
				channel.schedule().days().label(), channel.schedule().time().toString(), channel.zone().getId(),
				channel.paused()));
		try {
			this.slack.call(team, "chat.postEphemeral", c -> c.chatPostEphemeral(r -> r.channel(channel.channelId())
				.user(user)
				.text(text)
				.blocks(List.of(section(s -> s.text(markdownText(text)))))));
		}
		catch (SlackUnavailableException ex) {
			logger.warn("Could not welcome a member to a study channel: {}", ex.getMessage());
		}
	}

}
