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
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuestionSelectorTests {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	private static final Duration FRESH = QuestionSelector.LEARNER_FRESHNESS;

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	private final QuestionSelector selector = new QuestionSelector(this.bank, Clock.fixed(NOW, ZoneOffset.UTC),
			new SplittableRandom(42));

	private final DomainWeights weights = DomainWeights.base(this.bank.domains());

	@Test
	void drawsFollowTheDomainWeightsForANewLearner() {
		Map<String, Integer> counts = new HashMap<>();
		int draws = 10_000;
		for (int i = 0; i < draws; i++) {
			counts.merge(this.selector.next(this.weights, LearnerHistory.EMPTY, TODAY, FRESH).question().domain(), 1, Integer::sum);
		}

		this.weights.asMap()
			.forEach((domain, weight) -> assertThat(counts.get(domain) / (double) draws).as(domain)
				.isCloseTo(weight, within(0.02)));
	}

	@Test
	void aQuestionAnsweredInTheLast30DaysIsNotAskedWhileOthersRemain() {
		Map<String, Instant> answered = new HashMap<>();
		String last = null;
		for (Question question : this.bank.questions("d2")) {
			if (answered.size() == this.bank.questions("d2").size() - 1) {
				last = question.id();
				break;
			}
			answered.put(question.id(), NOW.minus(Duration.ofDays(29)));
		}

		for (int i = 0; i < 50; i++) {
			assertThat(this.selector.next("d2", new LearnerHistory(answered), TODAY, FRESH).question().id()).isEqualTo(last);
		}
	}

	@Test
	void questionsNotYetAnsweredComeBeforeOnesAnsweredLongAgo() {
		Map<String, Instant> answered = new HashMap<>();
		this.bank.questions("d1").stream().skip(1).forEach(q -> answered.put(q.id(), NOW.minus(Duration.ofDays(90))));
		String neverAnswered = this.bank.questions("d1").get(0).id();

		assertThat(this.selector.next("d1", new LearnerHistory(answered), TODAY, FRESH).question().id()).isEqualTo(neverAnswered);
	}

	@Test
	void whenADomainIsUsedUpTheDrawMovesToOtherDomains() {
		Map<String, Instant> answered = new HashMap<>();
		this.bank.questions("d4").forEach(q -> answered.put(q.id(), NOW.minus(Duration.ofDays(1))));

		for (int i = 0; i < 500; i++) {
			assertThat(this.selector.next(this.weights, new LearnerHistory(answered), TODAY, FRESH).question().domain()).isNotEqualTo("d4");
		}
	}

	@Test
	void whenEverythingIsRecentTheOldestAnswerComesBack() {
		Map<String, Instant> answered = new HashMap<>();
		this.bank.questions("d5").forEach(q -> answered.put(q.id(), NOW.minus(Duration.ofDays(2))));
		String oldest = this.bank.questions("d5").get(3).id();
		answered.put(oldest, NOW.minus(Duration.ofDays(20)));

		assertThat(this.selector.next("d5", new LearnerHistory(answered), TODAY, FRESH).question().id()).isEqualTo(oldest);
	}

}
