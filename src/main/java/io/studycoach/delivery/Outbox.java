package io.studycoach.delivery;

import io.studycoach.quiz.QuizService;

import java.util.Collection;

/** How daily questions reach Slack; the Slack side implements it. */
public interface Outbox extends SentMessages {

	/** @param marker names this send (target and day); it travels with the message as metadata */
	SendOutcome postChannelQuestion(String teamId, String channelId, ChannelPost post, String marker);

	SendOutcome postDirectQuestion(String teamId, String userId, QuizService.Asked asked, String marker);

	/** Tells a channel's leads by DM that its daily question has stopped, and why. */
	void notifyLeadsOfPause(String teamId, String channelId, Collection<String> leads, PauseReason reason);

}
