package io.studycoach.slack.channel;

import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import io.studycoach.slack.MemberNames;
import io.studycoach.slack.web.SlackCalls;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** The coach in a study channel: whether it is a member, and the one-line announcements it makes there. */
@Component
class ChannelPresence {

	private static final Logger logger = LoggerFactory.getLogger(ChannelPresence.class);

	private final SlackCalls slack;

	private final MemberNames names;

	ChannelPresence(SlackCalls slack, MemberNames names) {
		this.slack = slack;
		this.names = names;
	}

	/** conversations.info says whether the bot is in the channel; a private channel it is not in is not found. */
	boolean botIsMember(String team, String channelId) {
		ConversationsInfoResponse info = this.slack.call(team, "conversations.info",
				c -> c.conversationsInfo(r -> r.channel(channelId)));
		return info.isOk() && info.getChannel() != null && info.getChannel().isMember();
	}

	/**
	 * Tells the whole channel what a lead changed. Called on the responder's thread, after the command
	 * was acknowledged and before the lead's reply, so the channel has read it by the time the lead
	 * does; a refused post is logged and never spoils the reply. The lead is named as on public boards,
	 * without a ping.
	 *
	 * @param text the line, given the lead's name
	 */
	void announce(String team, String channelId, String lead, Function<String, String> text) {
		try {
			String line = text.apply(this.names.of(team, lead));
			this.slack.post(team, channelId, c -> c.chatPostMessage(r -> r.channel(channelId).text(line)));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not announce a lead's change in a study channel: {}", ex.getMessage());
		}
	}

}
