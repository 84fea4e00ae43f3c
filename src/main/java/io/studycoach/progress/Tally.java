package io.studycoach.progress;

/** Answers given and answers right. */
public record Tally(long answered, long right) {

	public static final Tally NONE = new Tally(0, 0);

	public double accuracy() {
		return this.answered == 0 ? 0 : (double) this.right / this.answered;
	}

	/** Accuracy pulled toward one half by two imagined answers, so one lucky answer is not 100%. */
	public double smoothedAccuracy() {
		return (this.right + 1.0) / (this.answered + 2.0);
	}

	public int percent() {
		return (int) Math.round(accuracy() * 100);
	}

}
