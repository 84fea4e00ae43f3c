package io.studycoach.readiness;

/**
 * Where a question's difficulty starts, in logits, before anyone has answered it: from the bank's
 * 1-3 label, with as much doubt as labels deserve. Answers move it from there.
 */
public final class Difficulty {

	/** How far an easy or a hard label sits from a medium one. */
	static final double STEP = 1.2;

	/** The doubt in a label: a label is right to within about half a logit. */
	public static final double LABEL_VARIANCE = 0.25;

	private Difficulty() {
	}

	public static double fromLabel(int label) {
		return (label - 2) * STEP;
	}

}
