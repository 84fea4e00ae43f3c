package io.studycoach.learning;

import java.time.Instant;
import java.util.Map;

/** When a learner last answered each question they have answered. */
public record LearnerHistory(Map<String, Instant> lastAnswered) {

	public static final LearnerHistory EMPTY = new LearnerHistory(Map.of());

	public LearnerHistory {
		lastAnswered = Map.copyOf(lastAnswered);
	}

	public boolean answeredSince(String questionId, Instant since) {
		Instant at = this.lastAnswered.get(questionId);
		return at != null && at.isAfter(since);
	}

}
