package io.studycoach.delivery;

import io.studycoach.content.Question;

/** How a channel did on its previous question of the day. */
public record Recap(Question question, long answered, long right) {

	public int percentRight() {
		return this.answered == 0 ? 0 : (int) Math.round(100.0 * this.right / this.answered);
	}

}
