package io.studycoach.slack.messages;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageEvent;
import io.studycoach.slack.Message;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.web.SlackCalls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The Messages tab: a member's message to the coach in their DM (https://api.slack.com/events/message.im)
 * is acknowledged at once and answered afterwards with chat.postMessage, in the thread when it was
 * written in one. Only plain messages from people count: not the coach's own, not other bots', and
 * not edits, deletions or other subtypes, which Bolt acknowledges without a handler.
 */
@Component
class DirectMessages implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(DirectMessages.class);

	private final DirectReplies replies;

	private final SlackCalls slack;

	private final Responder responder;

	DirectMessages(DirectReplies replies, SlackCalls slack, Responder responder) {
		this.replies = replies;
		this.slack = slack;
		this.responder = responder;
	}

	@Override
	public void register(App app) {
		app.event(MessageEvent.class, (payload, context) -> {
			MessageEvent event = payload.getEvent();
			String team = payload.getTeamId();
			if ("im".equals(event.getChannelType()) && !Payloads.blank(team) && !Payloads.blank(event.getUser())
					&& !Payloads.blank(event.getChannel()) && event.getBotId() == null
					&& !event.getUser().equals(context.getBotUserId())) {
				this.responder.background(() -> answer(team, event));
			}
			return context.ack();
		});
	}

	private void answer(String team, MessageEvent event) {
		Message reply = this.replies.reply(team, event.getUser(), event.getChannel(), event.getText());
		String channel = event.getChannel();
		String thread = event.getThreadTs();
		this.slack.post(team, channel, c -> c
			.chatPostMessage(r -> r.channel(channel).threadTs(thread).text(reply.text()).blocks(reply.blocks())));
		logger.debug("Answered a DM to the coach");
	}

}
