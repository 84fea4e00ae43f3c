package io.studycoach.delivery;

/** Sends what is due for one kind of target of the due index (daily questions, summaries, challenges). */
public interface DueHandler {

	boolean handles(DueTarget.Kind kind);

	void deliverDue(String teamId, DueTarget target);

}
