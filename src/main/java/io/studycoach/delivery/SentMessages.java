package io.studycoach.delivery;

import java.time.Instant;

/** Asks Slack whether a message went out, for a send whose sender died between sending and recording it. */
public interface SentMessages {

	/**
	 * Whether a message carrying {@code marker} reached the channel (or the user's DM) since
	 * {@code since}.
	 */
	boolean alreadyPosted(String teamId, String channelOrUser, String marker, Instant since);

}
