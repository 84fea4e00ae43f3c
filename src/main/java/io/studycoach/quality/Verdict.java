package io.studycoach.quality;

/** What the item analysis says of a question; the rules are in docs/question-quality.md. */
public enum Verdict {

	/** The key looks wrong: strong learners prefer a distractor, or enough learners say so. */
	SUSPECT_KEY,
	/** Nearly everyone gets it right. */
	TOO_EASY,
	/** Weaker learners do better on it than stronger ones. */
	NOT_DISCRIMINATING,
	/** A choice almost nobody picks. */
	DEAD_DISTRACTOR,
	/** Outdated or broken-link reports, or not reviewed for over a year. */
	STALE

}
