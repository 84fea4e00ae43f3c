package io.studycoach.slack.channel;

import io.studycoach.wording.Prompt;

import java.util.List;

/** The private welcome of a member who joins a study channel. */
public final class WelcomeWording {

	/** @param channel the channel's id, shown as a channel link */
	public record Welcome(String channel, String days, String time, String zone, boolean paused) {
	}

	public static final Prompt<Welcome> WELCOME = new Prompt<>("channel-welcome", Welcome.class);

	public static final List<Prompt<?>> ALL = List.of(WELCOME);

	private WelcomeWording() {
	}

}
