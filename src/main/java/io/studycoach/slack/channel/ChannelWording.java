package io.studycoach.slack.channel;

import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of a study channel's comings and goings (the pause notice is in DeliveryWording). */
public final class ChannelWording {

	/** @param channel the channel's id, from Slack's event, shown as a channel link */
	public record Unarchived(String channel) {
	}

	public static final Prompt<Unarchived> UNARCHIVED = new Prompt<>("channel-unarchived", Unarchived.class);

	public static final List<Prompt<?>> ALL = List.of(UNARCHIVED);

	private ChannelWording() {
	}

}
