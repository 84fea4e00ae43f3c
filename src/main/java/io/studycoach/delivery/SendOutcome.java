package io.studycoach.delivery;

/** How a send went. */
public sealed interface SendOutcome {

	/** Slack took the message. */
	record Sent(String messageTs) implements SendOutcome {
	}

	/** Slack refused for good (the channel is gone or the user deactivated): stop sending there. */
	record Refused(String error) implements SendOutcome {
	}

	/**
	 * This caller did not send: the day's message had already gone out, or ({@code busy}) another
	 * sender holds the send right now and the target must stay due.
	 */
	record Skipped(boolean busy) implements SendOutcome {
	}

	/** Slack could not be reached or kept failing after retries: try again on a later tick. */
	record Failed(String reason) implements SendOutcome {
	}

}
