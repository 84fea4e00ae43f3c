package io.studycoach.slack.messages;

import io.studycoach.slack.Wording;
import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of the coach's Messages tab (a member's DM with the coach), with their records. */
public final class MessagesWording {

	/**
	 * @param command the slash command, for "the same words work after /quiz"
	 * @param firstDomain the first domain's id, for "d1 … d6"
	 * @param lastDomain the last domain's id
	 */
	public record Intro(String command, String firstDomain, String lastDomain) {
	}

	public static final Prompt<Intro> INTRO = new Prompt<>("dm-intro", Intro.class);

	public static final Prompt<Wording.None> QUIZ_BUTTON = new Prompt<>("dm-quiz-button", Wording.None.class);

	public static final List<Prompt<?>> ALL = List.of(INTRO, QUIZ_BUTTON);

	private MessagesWording() {
	}

}
