package io.studycoach.slack.exam;

import io.studycoach.delivery.SendOutcome;
import io.studycoach.exam.ExamOutbox;
import io.studycoach.exam.ExamResult;
import io.studycoach.slack.Message;
import io.studycoach.slack.SlackCalls;
import io.studycoach.slack.SlackUnavailableException;
import io.studycoach.slack.channel.SlackOutbox;

import com.slack.api.methods.response.conversations.ConversationsOpenResponse;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Exams in the learner's DM with the coach: the exam's message, and the result when it is submitted. */
@Component
class SlackExamOutbox implements ExamOutbox {

	private final SlackCalls slack;

	private final ResultView results;

	SlackExamOutbox(SlackCalls slack, ResultView results) {
		this.slack = slack;
		this.results = results;
	}

	@Override
	public SendOutcome postResult(String teamId, String userId, ExamResult result, String marker) {
		return SlackOutbox.post(this.slack, teamId, userId, this.results.result(result), marker);
	}

	/**
	 * Opens the learner's DM with the coach (conversations.open) and posts there; the exam's later
	 * screens replace this message through each click's response_url.
	 */
	SendOutcome postToDirectMessage(String teamId, String userId, Message message) {
		Optional<String> channel = directMessage(teamId, userId);
		if (channel.isEmpty()) {
			return new SendOutcome.Failed("conversations.open failed");
		}
		return SlackOutbox.post(this.slack, teamId, channel.get(), message);
	}

	/** Posts a message of the exam's (a review page) where the learner clicked: their DM with the coach. */
	SendOutcome post(String teamId, String channel, Message message) {
		return SlackOutbox.post(this.slack, teamId, channel, message);
	}

	private Optional<String> directMessage(String teamId, String userId) {
		try {
			ConversationsOpenResponse open = this.slack.call(teamId, "conversations.open",
					c -> c.conversationsOpen(r -> r.users(List.of(userId))));
			return open.isOk() && open.getChannel() != null ? Optional.of(open.getChannel().getId()) : Optional.empty();
		}
		catch (SlackUnavailableException ex) {
			return Optional.empty();
		}
	}

}
