package io.studycoach.delivery;

import io.studycoach.quiz.QuizService;

import java.util.Collection;

/** How daily questions reach Slack; the Slack side implements it. */
public interface Outbox {

	/** @param marker names this send (target and day); it travels with the message as metadata */
	SendOutcome postChannelQuestion(String teamId, String channelId, ChannelPost post, String marker);

	SendOutcome postDirectQuestion(String teamId, String userId, QuizService.Asked asked, String marker);

	/**
	 * Whether a message carrying {@code marker} reached the channel (or the user's DM) since
	 * {@code since}: asked before resending a send whose sender died mid-way.
	 */
	boolean alreadyPosted(String teamId, String channelOrUser, String marker, java.time.Instant since);

	/** Tells a channel's leads by DM that its daily question has stopped, and why. */
	void notifyLeadsOfPause(String teamId, String channelId, Collection<String> leads, String reason);

}
