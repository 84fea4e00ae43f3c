package io.studycoach.readiness;

import io.studycoach.content.Blueprint;
import io.studycoach.content.ContentLoader;
import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.AdaptiveWeights;
import io.studycoach.learning.LearnerHistory;
import io.studycoach.learning.QuestionSelector;
import io.studycoach.learning.ReviewState;
import io.studycoach.learning.SpacedRepetition;
import io.studycoach.learning.StudyPlan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B6: 500 simulated learners with known abilities answer 60 questions each through the coach's own
 * selection (the data engineer's plan, adaptive tilt and spaced repetition). Question difficulties
 * are drawn around the bank's labels and learned from every first answer, starting from the labels
 * only. After 20, 40 and 60 questions each learner's predicted score is compared with their true
 * expected score on a blueprint-weighted exam.
 */
class CalibrationTests {

	static final int LEARNERS = 500;

	static final int QUESTIONS = 60;

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	@Test
	void predictedScoresAreCloseAndTheirIntervalsHoldTheTruthAsOftenAsTheySay() {
		Result result = simulate(this.bank, LEARNERS, QUESTIONS);
		System.out.printf("B6 calibration over %d learners: MAE %.2f / %.2f / %.2f points after 20 / 40 / 60 answers;"
				+ " 80%% interval held the truth for %.1f / %.1f / %.1f%%; mean interval width at 60: %.1f points%n",
				LEARNERS, result.mae()[0], result.mae()[1], result.mae()[2], result.coverage()[0], result.coverage()[1],
				result.coverage()[2], result.width());
		assertThat(result.mae()[2]).as("mean absolute error after 60 answers, points").isLessThanOrEqualTo(5.0);
		assertThat(result.coverage()[2]).as("share of learners whose 80% interval holds the truth").isBetween(75.0, 85.0);
		// More evidence, a better forecast.
		assertThat(result.mae()[2]).isLessThan(result.mae()[0]);
	}

	record Result(double[] mae, double[] coverage, double width) {
	}

	static Result simulate(QuestionBank bank, int learners, int questions) {
		List<Blueprint.Section> sections = bank.blueprint().sections();
		List<Domain> domains = bank.domains();
		List<Question> all = bank.questions().stream().filter(q -> !q.section().isEmpty()).toList();
		SplittableRandom random = new SplittableRandom(6);
		Map<String, Double> trueDifficulty = new HashMap<>();
		Map<String, double[]> belief = new HashMap<>();
		for (Question q : bank.questions()) {
			double label = Difficulty.fromLabel(q.difficulty());
			trueDifficulty.put(q.id(), label + normal(random) * Math.sqrt(Difficulty.LABEL_VARIANCE));
			belief.put(q.id(), new double[] { label, Difficulty.LABEL_VARIANCE });
		}
		double[] weights = sections.stream().mapToDouble(Blueprint.Section::weight).toArray();
		int[] checkpoints = { 20, 40, 60 };
		double[] errors = new double[checkpoints.length];
		int[] held = new int[checkpoints.length];
		double width = 0;
		QuestionSelector selector = new QuestionSelector(bank, Clock.fixed(NOW, ZoneOffset.UTC), new SplittableRandom(7));
		for (int learner = 0; learner < learners; learner++) {
			double general = normal(random) * AbilityModel.GENERAL_SD;
			double[] sectionOffset = new double[sections.size()];
			double[] domainOffset = new double[domains.size()];
			for (int s = 0; s < sectionOffset.length; s++) {
				sectionOffset[s] = normal(random) * AbilityModel.SECTION_SD;
			}
			for (int d = 0; d < domainOffset.length; d++) {
				domainOffset[d] = normal(random) * AbilityModel.DOMAIN_SD;
			}
			double truth = 0;
			double[] sum = new double[sections.size()];
			int[] count = new int[sections.size()];
			for (Question q : all) {
				int s = sectionIndex(sections, q);
				double ability = general + sectionOffset[s] + domainOffset[domainIndex(domains, q)];
				sum[s] += 1 / (1 + Math.exp(trueDifficulty.get(q.id()) - ability));
				count[s]++;
			}
			for (int s = 0; s < sum.length; s++) {
				truth += weights[s] * sum[s] / count[s];
			}
			AbilityModel model = AbilityModel.prior(sections.size(), domains.size());
			Map<String, Instant> answered = new HashMap<>();
			Map<String, ReviewState> reviews = new HashMap<>();
			Map<String, long[]> tallies = new HashMap<>();
			int picksSinceReview = 1000;
			int checkpoint = 0;
			for (int n = 1; n <= questions; n++) {
				LocalDate today = LocalDate.of(2026, 12, 1).plusDays(n);
				LearnerHistory history = new LearnerHistory(answered, reviews, picksSinceReview);
				QuestionSelector.Pick pick = selector.next(
						AdaptiveWeights.tilt(StudyPlan.DATA_ENGINEER.baseWeights(bank), tallies), history, today,
						QuestionSelector.LEARNER_FRESHNESS);
				Question q = pick.question();
				picksSinceReview = pick.review() ? 0 : picksSinceReview + 1;
				int s = sectionIndex(sections, q);
				int d = domainIndex(domains, q);
				// A question that fits no guide section tests general and domain ability only.
				double ability = general + (s < 0 ? 0 : sectionOffset[s]) + domainOffset[d];
				boolean right = random.nextDouble() < 1 / (1 + Math.exp(trueDifficulty.get(q.id()) - ability));
				if (!answered.containsKey(q.id())) {
					// Only first answers teach the model, as in the coach.
					double[] item = belief.get(q.id());
					double[] updatedItem = model.updateDifficulty(s, d, item[0], item[1], right);
					model = model.update(s, d, item[0], item[1], right);
					// Through the stored form, as the coach reads it back for the next answer.
					model = BeliefFormat.decode(BeliefFormat.encode(new BeliefFormat.Stored(model, n)), sections.size(),
							domains.size()).model();
					belief.put(q.id(), updatedItem);
				}
				answered.put(q.id(), NOW);
				Optional<ReviewState> review = SpacedRepetition.afterAnswer(Optional.ofNullable(reviews.get(q.id())), right,
						today);
				review.ifPresent(r -> reviews.put(q.id(), r));
				long[] tally = tallies.computeIfAbsent(q.domain(), k -> new long[2]);
				tally[0]++;
				tally[1] += right ? 0 : 1;
				if (checkpoint < checkpoints.length && n == checkpoints[checkpoint]) {
					List<ScoreForecast.Item> items = new ArrayList<>();
					for (Question item : all) {
						items.add(new ScoreForecast.Item(sectionIndex(sections, item), domainIndex(domains, item),
								belief.get(item.id())[0]));
					}
					ScoreForecast.Forecast forecast = new ScoreForecast(items, weights).forecast(model);
					errors[checkpoint] += Math.abs(forecast.score() - truth) * 100;
					if (truth >= forecast.low() && truth <= forecast.high()) {
						held[checkpoint]++;
					}
					if (checkpoint == checkpoints.length - 1) {
						width += (forecast.high() - forecast.low()) * 100;
					}
					checkpoint++;
				}
			}
		}
		double[] mae = new double[checkpoints.length];
		double[] coverage = new double[checkpoints.length];
		for (int c = 0; c < checkpoints.length; c++) {
			mae[c] = errors[c] / learners;
			coverage[c] = 100.0 * held[c] / learners;
		}
		return new Result(mae, coverage, width / learners);
	}

	private static int sectionIndex(List<Blueprint.Section> sections, Question q) {
		for (int s = 0; s < sections.size(); s++) {
			if (sections.get(s).id().equals(q.section())) {
				return s;
			}
		}
		return -1;
	}

	private static int domainIndex(List<Domain> domains, Question q) {
		for (int d = 0; d < domains.size(); d++) {
			if (domains.get(d).id().equals(q.domain())) {
				return d;
			}
		}
		throw new IllegalArgumentException(q.id());
	}

	private static double normal(SplittableRandom random) {
		return Math.sqrt(-2 * Math.log(Math.max(random.nextDouble(), 1e-300))) * Math.cos(2 * Math.PI * random.nextDouble());
	}

}
