package io.studycoach.delivery;

/** How a gentle nudge toward the exam reaches a learner; the Slack side implements it. */
public interface NudgeOutbox {

	/** @param marker names this send (target and day); it travels with the message as metadata */
	SendOutcome nudge(String teamId, String userId, long daysToExam, String marker);

}
