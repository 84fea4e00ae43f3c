package io.studycoach.learning;

import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;

import java.time.Clock;
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

/** The two plans that weight daily questions, and picking from an exam-guide section. */
class StudyPlanTests {

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	private final QuestionSelector selector = new QuestionSelector(this.bank, Clock.fixed(NOW, ZoneOffset.UTC),
			new SplittableRandom(7));

	private final LearnerHistory fresh = new LearnerHistory(Map.of(), Map.of(), 0);

	@Test
	void theExamPlanUsesTheGuidesSectionWeights() {
		Map<String, Double> weights = StudyPlan.EXAM.baseWeights(this.bank).asMap();

		assertThat(weights).containsOnlyKeys("s1", "s2", "s3", "s4", "s5", "s6");
		assertThat(weights.get("s4")).isCloseTo(0.20, within(1e-9));
		assertThat(weights.get("s5")).isCloseTo(0.22, within(1e-9));
		assertThat(weights.get("s1")).isCloseTo(0.13, within(1e-9));
	}

	@Test
	void theDataEngineersPlanIsTheDefaultAndUsesTheDomains() {
		assertThat(StudyPlan.parse(null)).isEqualTo(StudyPlan.DATA_ENGINEER);
		assertThat(StudyPlan.parse("something else")).isEqualTo(StudyPlan.DATA_ENGINEER);
		assertThat(StudyPlan.fromWord("EXAM")).hasValue(StudyPlan.EXAM);
		assertThat(StudyPlan.fromWord("data-engineer")).hasValue(StudyPlan.DATA_ENGINEER);
		Map<String, Double> weights = StudyPlan.DATA_ENGINEER.baseWeights(this.bank).asMap();
		assertThat(weights.get("d4")).isCloseTo(0.30, within(1e-9));
		assertThat(weights.get("d1")).isCloseTo(0.10, within(1e-9));
	}

	@Test
	void drawingByTheExamPlanFollowsTheSectionWeights() {
		Map<String, Integer> drawn = new HashMap<>();
		for (int i = 0; i < 2_000; i++) {
			QuestionSelector.Pick pick = this.selector.next(StudyPlan.EXAM.baseWeights(this.bank), this.fresh,
					LocalDate.of(2026, 12, 1), QuestionSelector.LEARNER_FRESHNESS);
			drawn.merge(pick.question().section(), 1, Integer::sum);
		}
		// 2,000 draws: each section's share is within a few points of its weight.
		assertThat(drawn.get("5") / 2000.0).isCloseTo(0.22, within(0.04));
		assertThat(drawn.get("4") / 2000.0).isCloseTo(0.20, within(0.04));
		assertThat(drawn.get("1") / 2000.0).isCloseTo(0.13, within(0.04));
	}

	@Test
	void aSectionAreaPicksOnlyItsQuestionsAndItsDueReviews() {
		for (int i = 0; i < 50; i++) {
			assertThat(this.selector.next("s4", this.fresh, LocalDate.of(2026, 12, 1), QuestionSelector.LEARNER_FRESHNESS)
				.question()
				.guide()).startsWith("4.");
			assertThat(this.selector.next("genai", this.fresh, LocalDate.of(2026, 12, 1), QuestionSelector.LEARNER_FRESHNESS)
				.question()
				.tags()).contains("genai");
		}
	}

	@Test
	void onTheExamPlanALearnerWhoMissesEveryS3QuestionIsAskedS3MeasurablyMore() {
		DomainWeights base = StudyPlan.EXAM.baseWeights(this.bank);
		Map<String, long[]> counts = new HashMap<>();
		base.asMap().keySet().forEach(s -> counts.put(s, new long[] { 20, 2 }));
		counts.put("s3", new long[] { 20, 20 });
		DomainWeights tilted = AdaptiveWeights.tilt(base, counts);

		int s3 = 0;
		int draws = 5_000;
		for (int i = 0; i < draws; i++) {
			if (this.selector.next(tilted, this.fresh, LocalDate.of(2026, 12, 1), QuestionSelector.LEARNER_FRESHNESS)
				.question()
				.section()
				.equals("3")) {
				s3++;
			}
		}
		// Base 18%; with every s3 answer wrong and the rest mostly right, s3 rises to about 28%.
		assertThat(tilted.weight("s3")).isGreaterThan(0.26);
		assertThat(s3 / (double) draws).isGreaterThan(0.24);
	}

	@Test
	void onTheExamPlanAMissedQuestionComesBackTheNextDay() {
		Question missed = this.bank.questionsInSection("2").get(0);
		LocalDate today = LocalDate.of(2026, 12, 1);
		ReviewState state = SpacedRepetition.afterAnswer(Optional.empty(), false, today).orElseThrow();
		LearnerHistory history = new LearnerHistory(Map.of(missed.id(), NOW), Map.of(missed.id(), state), 5);

		assertThat(this.selector.next(StudyPlan.EXAM.baseWeights(this.bank), history, today,
				QuestionSelector.LEARNER_FRESHNESS).question().id()).isNotEqualTo(missed.id());
		QuestionSelector.Pick pick = this.selector.next(StudyPlan.EXAM.baseWeights(this.bank), history,
				today.plusDays(1), QuestionSelector.LEARNER_FRESHNESS);
		assertThat(pick.question().id()).isEqualTo(missed.id());
		assertThat(pick.review()).isTrue();
	}

}
