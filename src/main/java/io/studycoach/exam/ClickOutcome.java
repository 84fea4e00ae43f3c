package io.studycoach.exam;

/** How a click on an exam went. */
public sealed interface ClickOutcome {

	/** The click counted (or, {@code replay}, had already counted and changed nothing); the exam after it. */
	record Changed(Exam exam, boolean replay) implements ClickOutcome {
	}

	/** The exam was submitted or abandoned before the click; nothing changed. */
	record Over(Exam exam) implements ClickOutcome {
	}

	/** The deadline had passed: the exam is submitted now (the result goes out by DM). */
	record TimeUp(Exam exam) implements ClickOutcome {
	}

	/** The click came from someone else than the exam's learner. */
	record NotYours() implements ClickOutcome {
	}

	/** The exam is no longer kept, or the click names no question of it. */
	record Gone() implements ClickOutcome {
	}

}
