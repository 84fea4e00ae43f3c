package io.studycoach.learning;

import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Weights that follow a learner's weak domains, and missed questions coming back by spaced repetition. */
class AdaptiveSelectionTests {

	private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

	private static final Duration FRESH = QuestionSelector.LEARNER_FRESHNESS;

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	private final DomainWeights base = DomainWeights.base(this.bank.domains());

	@Test
	void aNewLearnersWeightsAreTheBaseWeights() {
		DomainWeights tilted = AdaptiveWeights.tilt(this.base, Map.of());

		this.base.asMap().forEach((domain, weight) -> assertThat(tilted.weight(domain)).isCloseTo(weight, within(1e-9)));
	}

	@Test
	void aLearnerWhoMissesEveryD3QuestionIsAskedD3MeasurablyMore() {
		Map<String, long[]> counts = new HashMap<>();
		this.base.asMap().keySet().forEach(d -> counts.put(d, new long[] { 20, 2 }));
		counts.put("d3", new long[] { 20, 20 });
		QuestionSelector selector = selector(7);

		int d3 = 0;
		int draws = 10_000;
		for (int i = 0; i < draws; i++) {
			if (selector.next(AdaptiveWeights.tilt(this.base, counts), LearnerHistory.EMPTY, TODAY, FRESH)
				.question()
				.domain()
				.equals("d3")) {
				d3++;
			}
		}

		// Base 10%; with every d3 answer wrong and the rest mostly right, d3 rises to about 17%.
		assertThat(d3 / (double) draws).isGreaterThan(0.15);
	}

	@Test
	void aMissedQuestionComesBackAfterOneDayAndNotBefore() {
		Question missed = this.bank.questions("d2").get(0);
		ReviewState state = SpacedRepetition.afterAnswer(Optional.empty(), false, TODAY).orElseThrow();
		Map<String, Instant> answered = Map.of(missed.id(), NOW);

		for (int i = 0; i < 200; i++) {
			LearnerHistory sameDay = new LearnerHistory(answered, Map.of(missed.id(), state), 5);
			assertThat(selector(i).next(this.base, sameDay, TODAY, FRESH).question().id()).isNotEqualTo(missed.id());
		}
		LearnerHistory nextDay = new LearnerHistory(answered, Map.of(missed.id(), state), 5);
		QuestionSelector.Pick pick = selector(1).next(this.base, nextDay, TODAY.plusDays(1), FRESH);
		assertThat(pick.question().id()).isEqualTo(missed.id());
		assertThat(pick.review()).isTrue();
	}

	@Test
	void dueReviewsTakeAtMostOneQuestionInThree() {
		Map<String, ReviewState> reviews = new HashMap<>();
		Map<String, Instant> answered = new HashMap<>();
		this.bank.questions("d4").stream().limit(20).forEach(q -> {
			reviews.put(q.id(), SpacedRepetition.afterAnswer(Optional.empty(), false, TODAY.minusDays(3)).orElseThrow());
			answered.put(q.id(), NOW.minus(Duration.ofDays(3)));
		});
		QuestionSelector selector = selector(3);
		int sinceReview = 0;
		int reviewsServed = 0;
		for (int i = 0; i < 30; i++) {
			QuestionSelector.Pick pick = selector.next(this.base, new LearnerHistory(answered, reviews, sinceReview),
					TODAY, FRESH);
			if (pick.review()) {
				assertThat(sinceReview).isGreaterThanOrEqualTo(2);
				reviewsServed++;
				sinceReview = 0;
				reviews.remove(pick.question().id());
			}
			else {
				sinceReview++;
			}
		}
		assertThat(reviewsServed).isEqualTo(10);
	}

	@Test
	void aRetiredQuestionDoesNotComeBack() {
		Question retired = this.bank.questions("d1").get(0);
		ReviewState state = new ReviewState(4, 20, 2.5, 2, TODAY.minusDays(21), true);
		Map<String, Instant> answered = new HashMap<>();
		// Everything else in d1 was answered yesterday, the retired one long ago: it would be the oldest.
		this.bank.questions("d1").forEach(q -> answered.put(q.id(), NOW.minus(Duration.ofDays(1))));
		answered.put(retired.id(), NOW.minus(Duration.ofDays(200)));

		for (int i = 0; i < 100; i++) {
			LearnerHistory history = new LearnerHistory(answered, Map.of(retired.id(), state), 10);
			assertThat(selector(i).next("d1", history, TODAY, FRESH).question().id()).isNotEqualTo(retired.id());
		}
	}

	@Test
	void readinessCountsWhatTheLearnerIsLikelyToRecallToday() {
		Question known = this.bank.questions("d6").get(0);
		Question missed = this.bank.questions("d6").get(1);
		ReviewState state = SpacedRepetition.afterAnswer(Optional.empty(), false, TODAY).orElseThrow();
		LearnerHistory history = new LearnerHistory(Map.of(known.id(), NOW, missed.id(), NOW),
				Map.of(missed.id(), state), 0);

		double readiness = Readiness.of(this.bank.questions("d6"), history, NOW, TODAY);

		// One question of the domain known just now (recall 1.0), one missed (0), the rest never seen.
		assertThat(readiness).isCloseTo(1.0 / this.bank.questions("d6").size(), within(1e-9));
		assertThat(Readiness.of(this.bank.questions("d6"), history, NOW.plus(Duration.ofDays(30)), TODAY.plusDays(30)))
			.isCloseTo(0.9 / this.bank.questions("d6").size(), within(1e-9));
	}

	private QuestionSelector selector(long seed) {
		return new QuestionSelector(this.bank, Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(seed));
	}

}
