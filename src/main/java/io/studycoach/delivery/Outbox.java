package io.studycoach.delivery;

import io.studycoach.quiz.QuizService;

import java.util.Collection;

/** How daily questions reach Slack; the Slack side implements it. */
public interface Outbox {

	SendOutcome postChannelQuestion(String teamId, String channelId, ChannelPost post);

	SendOutcome postDirectQuestion(String teamId, String userId, QuizService.Asked asked);

	/** Tells a channel's leads by DM that its daily question has stopped, and why. */
	void notifyLeadsOfPause(String teamId, String channelId, Collection<String> leads, String reason);

}
