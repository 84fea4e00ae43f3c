package io.studycoach.slack.channel;

import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of a study channel's comings and goings (the pause notice is in DeliveryWording). */
public final class ChannelWording {

	/** @param channel the channel's id, from Slack's event, shown as a channel link */
	public record Unarchived(String channel) {
	}

	/** {@code /quiz status}: the channel's settings, what comes next, and its running challenge. */
	public record Status(String channel, String days, String time, String zone, String next, boolean paused,
			String reason, String plan, String summary, String leads, int subscribers, boolean challenge,
			String challengeName, long challengeDay, long challengeDays, long joined) {
	}

	/** The one line a study channel reads when a lead sets it up, pauses or resumes it. */
	public record Announcement(String lead, boolean setup, boolean paused, boolean resumed, String days, String time,
			String zone) {
	}

	public static final Prompt<Status> STATUS = new Prompt<>("channel-status", Status.class);

	public static final Prompt<Announcement> ANNOUNCEMENT = new Prompt<>("channel-announcement", Announcement.class);

	public static final Prompt<Unarchived> UNARCHIVED = new Prompt<>("channel-unarchived", Unarchived.class);

	public static final List<Prompt<?>> ALL = List.of(UNARCHIVED, STATUS, ANNOUNCEMENT);

	private ChannelWording() {
	}

}
