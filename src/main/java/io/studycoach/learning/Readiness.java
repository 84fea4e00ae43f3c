package io.studycoach.learning;

import io.studycoach.content.Question;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The share of a domain's questions a learner is expected to recall today. Each question's recall
 * follows the forgetting curve {@code R = 0.9^(t / I)}: 90% after one interval {@code I}. A question
 * never answered counts 0, one last answered wrong counts 0, one answered right at first sight uses a
 * 30-day interval, a question under review uses its review interval, and a retired one 180 days.
 */
public final class Readiness {

	static final int KNOWN_INTERVAL_DAYS = 30;

	static final int RETIRED_INTERVAL_DAYS = 180;

	private Readiness() {
	}

	public static double of(List<Question> questions, LearnerHistory history, Instant now, LocalDate today) {
		if (questions.isEmpty()) {
			return 0;
		}
		double sum = 0;
		for (Question question : questions) {
			sum += recall(question.id(), history, now, today);
		}
		return sum / questions.size();
	}

	static double recall(String questionId, LearnerHistory history, Instant now, LocalDate today) {
		Instant answered = history.lastAnswered().get(questionId);
		if (answered == null) {
			return 0;
		}
		ReviewState review = history.reviews().get(questionId);
		if (review == null) {
			return forgetting(Duration.between(answered, now).toHours() / 24.0, KNOWN_INTERVAL_DAYS);
		}
		if (!review.lastRight()) {
			return 0;
		}
		double elapsed = ChronoUnit.DAYS.between(review.lastAnswered(), today);
		return forgetting(elapsed, review.retired() ? RETIRED_INTERVAL_DAYS : review.intervalDays());
	}

	private static double forgetting(double elapsedDays, int intervalDays) {
		return Math.pow(0.9, Math.max(0, elapsedDays) / Math.max(1, intervalDays));
	}

}
