package io.studycoach.quiz;

import io.lettuce.core.SetArgs;
import io.studycoach.content.Blueprint;
import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.progress.Delivery;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * A newcomer's placement round: one question from each exam-guide section, in the guide's order. Its
 * answers are ordinary first answers, so they seed the predicted score. The only state is the step of
 * the question handed last, so its feedback can offer the next section.
 */
@Component
public class PlacementRound {

	/** A round left alone this long is forgotten; its questions still count as answered. */
	static final Duration KEEP = Duration.ofDays(7);

	private final QuizService quiz;

	private final QuestionBank bank;

	private final Redis redis;

	PlacementRound(QuizService quiz, QuestionBank bank, Redis redis) {
		this.quiz = quiz;
		this.bank = bank;
		this.redis = redis;
	}

	/** How many questions a round has: one per section of the exam guide. */
	public int size() {
		return this.bank.blueprint().sections().size();
	}

	/**
	 * Hands the learner the question of {@code step} (0-based) and remembers it as the round's latest.
	 */
	public Step ask(String teamId, String userId, int step, ZoneId zone) {
		Blueprint.Section section = this.bank.blueprint().sections().get(step);
		QuizService.Asked asked = this.quiz.ask(teamId, userId, userId, StudyArea.sectionArea(section.id()), zone,
				Delivery.Kind.QUIZ);
		this.redis.sync()
			.set(RedisKeys.team(teamId).learnerPlacement(userId), asked.delivery().id() + "|" + step,
					SetArgs.Builder.ex(KEEP.toSeconds()));
		return new Step(step, size(), section.name(), asked);
	}

	/** The step a delivery is in the learner's round, if it is the round's latest question. */
	public Optional<Integer> stepOf(String teamId, String userId, String deliveryId) {
		return stepLater(teamId, userId, deliveryId).get();
	}

	/** The same, sent now and read by {@code get()}, so it can travel with an answer's other reads. */
	public Supplier<Optional<Integer>> stepLater(String teamId, String userId, String deliveryId) {
		CompletableFuture<String> latest = this.redis.async().get(RedisKeys.team(teamId).learnerPlacement(userId))
			.toCompletableFuture();
		return () -> step(Redis.await(latest), deliveryId);
	}

	private static Optional<Integer> step(String latest, String deliveryId) {
		if (latest == null || !latest.startsWith(deliveryId + "|")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(latest.substring(deliveryId.length() + 1)));
	}

	/**
	 * One question of the round.
	 *
	 * @param step 0-based
	 * @param of the round's size
	 */
	public record Step(int step, int of, String section, QuizService.Asked asked) {

		public boolean last() {
			return this.step == this.of - 1;
		}

	}

}
