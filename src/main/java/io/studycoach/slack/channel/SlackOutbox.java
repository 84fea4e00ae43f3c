package io.studycoach.slack.channel;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import io.studycoach.delivery.ChannelPost;
import io.studycoach.delivery.Outbox;
import io.studycoach.delivery.PauseReason;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.quiz.QuizService;
import io.studycoach.slack.DeliveryWording;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.QuestionView;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.slack.web.SlackUnavailableException;
import io.studycoach.wording.Prompts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Posts daily questions with chat.postMessage and sorts Slack's answers: errors that mean "stop
 * sending there" (https://api.slack.com/methods/chat.postMessage#errors) are refusals, anything that
 * kept failing through the retries is a failure to try again later.
 */
@Component
public class SlackOutbox implements Outbox {

	private static final Logger logger = LoggerFactory.getLogger(SlackOutbox.class);

	/** The metadata event type of the coach's daily sends. */
	public static final String METADATA_TYPE = "study_coach_send";

	public static final Set<String> CHANNEL_GONE = Set.of("not_in_channel", "channel_not_found", "is_archived");

	public static final Set<String> USER_GONE = Set.of("user_disabled", "user_not_found", "user_not_visible",
			"channel_not_found", "cannot_dm_bot", "account_inactive");

	private final SlackCalls slack;

	private final QuestionView questions;

	private final Prompts prompts;

	private final LeadNotices leadNotices;

	SlackOutbox(SlackCalls slack, QuestionView questions, Prompts prompts, LeadNotices leadNotices) {
		this.slack = slack;
		this.questions = questions;
		this.prompts = prompts;
		this.leadNotices = leadNotices;
	}

	@Override
	public SendOutcome postChannelQuestion(String teamId, String channelId, ChannelPost post, String marker) {
		return post(this.slack, teamId, channelId, this.questions.renderChannel(post, 0), marker);
	}

	@Override
	public SendOutcome postDirectQuestion(String teamId, String userId, QuizService.Asked asked, String marker) {
		return post(this.slack, teamId, userId, this.questions.renderDirect(asked), marker);
	}

	/**
	 * Looks for the marked message in the conversation's recent history
	 * (https://api.slack.com/metadata/using); when Slack cannot say, false, so the send is retried:
	 * better a rare second message than a lost one.
	 */
	@Override
	public boolean alreadyPosted(String teamId, String channelOrUser, String marker, Instant since) {
		try {
			String channel = channelOrUser;
			if (isUser(channelOrUser)) {
				ConversationsOpenResponse open = this.slack.call(teamId, "conversations.open",
						c -> c.conversationsOpen(r -> r.users(List.of(channelOrUser))));
				if (!open.isOk() || open.getChannel() == null) {
					return false;
				}
				channel = open.getChannel().getId();
			}
			String conversation = channel;
			ConversationsHistoryResponse history = this.slack.call(teamId, "conversations.history",
					c -> c.conversationsHistory(r -> r.channel(conversation)
						.oldest(Long.toString(since.getEpochSecond() - 60))
						.includeAllMetadata(true)
						.limit(100)));
			return history.isOk() && history.getMessages() != null && history.getMessages()
				.stream()
				.anyMatch(m -> m.getMetadata() != null && METADATA_TYPE.equals(m.getMetadata().getEventType())
						&& m.getMetadata().getEventPayload() != null
						&& marker.equals(m.getMetadata().getEventPayload().get("marker")));
		}
		catch (SlackUnavailableException ex) {
			logger.warn("Could not check whether an interrupted send reached Slack: {}", ex.getMessage());
			return false;
		}
	}

	/** Sends the DMs in the background ({@link LeadNotices}): a pause may come from an event awaiting its ack. */
	@Override
	public void notifyLeadsOfPause(String teamId, String channelId, Collection<String> leads, PauseReason reason) {
		String text = this.prompts.render(DeliveryWording.PAUSE_NOTICE,
				new DeliveryWording.PauseNotice(channelId, NoticeView.pauseReason(reason)));
		this.leadNotices.send(teamId, leads, text);
	}

	/** Posts a message to a channel or (by user id) a DM, and sorts Slack's answer into an outcome. */
	public static SendOutcome post(SlackCalls slack, String teamId, String channel, Message message) {
		return post(slack, teamId, channel, message, null);
	}

	/** The same, with a marker in the message's metadata so that the send can be found again. */
	public static SendOutcome post(SlackCalls slack, String teamId, String channel, Message message, String marker) {
		com.slack.api.model.Message.Metadata metadata = marker == null ? null
				: com.slack.api.model.Message.Metadata.builder()
					.eventType(METADATA_TYPE)
					.eventPayload(Map.of("marker", marker))
					.build();
		try {
			ChatPostMessageResponse response = slack.post(teamId, channel, c -> c.chatPostMessage(
					r -> r.channel(channel).text(message.text()).blocks(message.blocks()).metadata(metadata)));
			if (response.isOk()) {
				return new SendOutcome.Sent(response.getTs());
			}
			boolean gone = isUser(channel) ? USER_GONE.contains(response.getError())
					: CHANNEL_GONE.contains(response.getError());
			return gone ? new SendOutcome.Refused(response.getError()) : new SendOutcome.Failed(response.getError());
		}
		catch (SlackUnavailableException ex) {
			return new SendOutcome.Failed(ex.getMessage());
		}
	}

	private static boolean isUser(String id) {
		return id.startsWith("U") || id.startsWith("W");
	}

}
