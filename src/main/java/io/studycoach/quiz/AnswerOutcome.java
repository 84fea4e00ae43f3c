package io.studycoach.quiz;

import io.studycoach.content.Question;
import io.studycoach.learning.Streak;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.Tally;

/** What happened to a click on an answer. */
public sealed interface AnswerOutcome {

	/** The first answer of this user to this delivery: it counted. */
	record Recorded(Delivery delivery, Question question, String chosen, boolean right, Streak streak, Tally overall)
			implements AnswerOutcome {
	}

	/**
	 * An answer to a question quarantined since it was delivered: taken (a second click is "already
	 * answered") but counted nowhere.
	 */
	record UnderReview(Delivery delivery, Question question, String chosen) implements AnswerOutcome {
	}

	/** A second click, a Slack retry or another instance's copy of the same click: nothing changed. */
	record AlreadyAnswered() implements AnswerOutcome {
	}

	/** The delivery belongs to someone else. */
	record NotYours() implements AnswerOutcome {
	}

	/** No such delivery (expired, or a forged id), or its question left the bank. */
	record Expired() implements AnswerOutcome {
	}

	/** The letters do not fit the question: none chosen, too many, or outside its choices. */
	record Invalid(int expected) implements AnswerOutcome {
	}

}
