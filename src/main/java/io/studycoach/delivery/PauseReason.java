package io.studycoach.delivery;

import java.util.Arrays;

/**
 * Why a study channel's daily question stopped. Stored by name; the Slack side maps Slack's error
 * codes and events onto it, and the view words it once.
 */
public enum PauseReason {

	/** A lead ran {@code /quiz pause}. */
	BY_LEAD,

	/** The coach was removed from the channel. */
	REMOVED_FROM_CHANNEL,

	/** The channel was deleted or can no longer be found. */
	CHANNEL_GONE,

	/** The channel was archived. */
	CHANNEL_ARCHIVED,

	/** Slack refused for another reason. */
	REFUSED;

	/** The reason behind a refusal of a channel post, from the error the chat service answered with. */
	public static PauseReason ofRefusal(String error) {
		return switch (error) {
			case "not_in_channel" -> REMOVED_FROM_CHANNEL;
			case "channel_not_found" -> CHANNEL_GONE;
			case "is_archived" -> CHANNEL_ARCHIVED;
			default -> REFUSED;
		};
	}

	/** The stored reason; an older free-text one reads as {@link #REFUSED}, empty as none. */
	public static PauseReason parse(String stored) {
		return Arrays.stream(values()).filter(r -> r.name().equals(stored)).findFirst().orElse(REFUSED);
	}

}
