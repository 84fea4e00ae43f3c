package io.studycoach.slack.home;

import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of a newcomer's Home tab and placement round, with the records that fill them. */
public final class OnboardingWording {

	/** @param questions the placement round's length */
	public record Intro(int questions) {
	}

	/** @param number 1-based */
	public record Step(int number, int of, String section) {
	}

	public record Done(int of) {
	}

	public static final Prompt<Intro> INTRO = new Prompt<>("home-onboarding", Intro.class);

	public static final Prompt<Step> STEP = new Prompt<>("placement-step", Step.class);

	public static final Prompt<Done> DONE = new Prompt<>("placement-done", Done.class);

	public static final List<Prompt<?>> ALL = List.of(INTRO, STEP, DONE);

	private OnboardingWording() {
	}

}
