package io.studycoach.quiz;

import io.micrometer.core.instrument.MeterRegistry;
import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.QuestionSelector;
import io.studycoach.ops.MetricsWiring;
import io.studycoach.progress.ProgressWiring;
import io.studycoach.redis.Redis;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@link QuizService} made by hand on a {@link Redis}, for component tests in any package (its
 * constructor is package-private), and the two-question bank those tests use.
 */
public final class QuizWiring {

	/** A one-answer question of domain d1; B is right. */
	public static final Question SINGLE = new Question("q-single", "d1", "framing", 2, "Which one?",
			List.of("a", "b", "c", "d"), Set.of('B'), "Because b.", List.of());

	/** A choose-two question of domain d2; A and C are right. */
	public static final Question CHOOSE_TWO = new Question("q-two", "d2", "pipelines", 3, "Which two?",
			List.of("a", "b", "c", "d", "e"), Set.of('A', 'C'), "Because a and c.", List.of());

	private QuizWiring() {
	}

	/** Two domains of equal weight, one question each. */
	public static QuestionBank twoQuestionBank() {
		return new QuestionBank(List.of(new Domain("d1", "Framing", List.of(), "", 0.5),
				new Domain("d2", "Pipelines", List.of(), "", 0.5)), List.of(SINGLE, CHOOSE_TWO));
	}

	/** The service with every part on {@code redis}; picks are seeded, so a run repeats itself. */
	public static QuizService quizService(QuestionBank bank, Redis redis, MeterRegistry registry, Clock clock) {
		return new QuizService(bank, new QuestionSelector(bank, clock, new SplittableRandom(7)),
				ProgressWiring.deliveryStore(redis, clock), ProgressWiring.answerRecorder(redis, bank),
				ProgressWiring.progressReader(redis), ProgressWiring.boards(redis), MetricsWiring.coachMetrics(registry),
				clock);
	}

}
