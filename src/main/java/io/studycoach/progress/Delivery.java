package io.studycoach.progress;

import java.time.Instant;

/**
 * A question handed to someone. Buttons carry only the delivery id: which question it was and who
 * may answer it come from here, never from the click.
 *
 * @param userId the learner it was given to (empty for a channel's question)
 * @param messageTs the Slack message it was posted in, for live updates (empty for /quiz)
 * @param channelZone for a question tied to a study channel, the channel's time zone, whose days and
 * weeks its tallies and leaderboards count
 * @param challengeId for a challenge question, the challenge it counts for (else empty)
 */
public record Delivery(String id, String teamId, String userId, String questionId, String channelId, Kind kind,
		Instant at, String messageTs, String channelZone, String challengeId) {

	public enum Kind {

		/** Asked for with /quiz, shown only to the learner. */
		QUIZ,

		/** A study channel's question of the day: anyone in the channel may answer. */
		CHANNEL,

		/** A subscriber's daily question by DM. */
		DIRECT,

		/** A challenge question by DM. */
		CHALLENGE

	}

	/** Whether this user may answer it. */
	public boolean answerableBy(String user) {
		return this.kind == Kind.CHANNEL || this.userId.equals(user);
	}

	public Delivery withMessageTs(String ts) {
		return new Delivery(this.id, this.teamId, this.userId, this.questionId, this.channelId, this.kind, this.at, ts,
				this.channelZone, this.challengeId);
	}

}
