package io.studycoach.progress;

import java.time.Instant;

/**
 * A question handed to someone. Buttons carry only the delivery id: which question it was and who
 * may answer it come from here, never from the click.
 *
 * @param userId the learner it was given to
 */
public record Delivery(String id, String teamId, String userId, String questionId, String channelId, Kind kind,
		Instant at) {

	public enum Kind {

		/** Asked for with /quiz, shown only to the learner. */
		QUIZ

	}

	/** Whether this user may answer it. */
	public boolean answerableBy(String user) {
		return this.userId.equals(user);
	}

}
