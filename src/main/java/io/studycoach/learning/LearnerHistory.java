package io.studycoach.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What selection needs to know of a learner (or of a channel): when each question was last answered
 * or shown, the review states of missed questions, and how many questions were handed out since the
 * last review.
 */
public record LearnerHistory(Map<String, Instant> lastAnswered, Map<String, ReviewState> reviews,
		int picksSinceReview) {

	public static final LearnerHistory EMPTY = new LearnerHistory(Map.of());

	public LearnerHistory {
		lastAnswered = Map.copyOf(lastAnswered);
		reviews = Map.copyOf(reviews);
	}

	public LearnerHistory(Map<String, Instant> lastAnswered) {
		this(lastAnswered, Map.of(), Integer.MAX_VALUE);
	}

	public boolean answeredSince(String questionId, Instant since) {
		Instant at = this.lastAnswered.get(questionId);
		return at != null && at.isAfter(since);
	}

	public Optional<ReviewState> review(String questionId) {
		return Optional.ofNullable(this.reviews.get(questionId));
	}

	public boolean retired(String questionId) {
		ReviewState state = this.reviews.get(questionId);
		return state != null && state.retired();
	}

	public boolean dueOn(String questionId, LocalDate day) {
		ReviewState state = this.reviews.get(questionId);
		return state != null && state.dueOn(day);
	}

}
