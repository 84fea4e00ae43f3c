package io.studycoach.delivery;

/** Sends what is due for one kind of target of the due index (daily questions, summaries, challenges). */
public interface DueHandler {

	boolean handles(String target);

	void deliverDue(String teamId, String target);

}
