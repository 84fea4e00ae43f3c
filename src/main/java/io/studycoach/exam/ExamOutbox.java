package io.studycoach.exam;

import io.studycoach.delivery.SendOutcome;

/** How exam results reach the learner; the Slack side implements it. */
public interface ExamOutbox {

	/** Posts the result to the learner's DM, carrying {@code marker} so the send can be found again. */
	SendOutcome postResult(String teamId, String userId, ExamResult result, String marker);

}
