package io.studycoach.slack.channel;

import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import io.studycoach.slack.SlackCalls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/** The coach in a study channel: whether it is a member, and the one-line announcements it makes there. */
@Component
class ChannelPresence {

	private static final Logger logger = LoggerFactory.getLogger(ChannelPresence.class);

	private final SlackCalls slack;

	ChannelPresence(SlackCalls slack) {
		this.slack = slack;
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
	 * does; a refused post is logged and never spoils the reply.
	 */
	void announce(String team, String channelId, String text) {
		try {
			this.slack.post(team, channelId, c -> c.chatPostMessage(r -> r.channel(channelId).text(text)));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not announce a lead's change in a study channel: {}", ex.getMessage());
		}
	}

}
