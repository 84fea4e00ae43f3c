package io.studycoach.progress;

import java.util.Comparator;

/**
 * One member's place on a leaderboard.
 *
 * @param reachedAt epoch second of their latest right answer: of two members equal on points and
 * accuracy, the one who got there first ranks higher
 */
public record Standing(String userId, long points, long answered, long right, long reachedAt, int rank) {

	/** Points, then accuracy, then who got there first. */
	static final Comparator<Standing> ORDER = Comparator.comparingLong(Standing::points)
		.reversed()
		.thenComparing(Comparator.comparingDouble(Standing::accuracy).reversed())
		.thenComparingLong(Standing::reachedAt)
		.thenComparing(Standing::userId);

	public double accuracy() {
		return this.answered == 0 ? 0 : (double) this.right / this.answered;
	}

	public int percent() {
		return (int) Math.round(accuracy() * 100);
	}

	Standing ranked(int rank) {
		return new Standing(this.userId, this.points, this.answered, this.right, this.reachedAt, rank);
	}

}
