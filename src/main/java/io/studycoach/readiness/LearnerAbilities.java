package io.studycoach.readiness;

import io.studycoach.content.Blueprint;
import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import jakarta.annotation.PreDestroy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps each learner's ability belief (under their workspace) and every question's difficulty
 * (deployment-wide, question data only), and turns them into a predicted exam score. Called only
 * for an answer the answer script has just recorded as a first answer, so a retried click never
 * counts twice.
 * <p>
 * Learning from a click happens after the click is acknowledged, on one thread per instance: the
 * belief is read, updated and written back whole (with its count of answers, in one value, see
 * {@link Beliefs}), and one thread means no two updates on this instance overwrite each other. A prediction waits for the updates queued before it, so a learner's stats
 * include the answer they just gave.
 */
@Component
public class LearnerAbilities {

	private static final Logger logger = LoggerFactory.getLogger(LearnerAbilities.class);

	/** How long a prediction waits for the updates queued before it. */
	private static final long CATCH_UP_SECONDS = 2;

	private final Redis redis;

	private final QuestionBank bank;

	private final Beliefs beliefs;

	private final ExecutorService learning = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "readiness-learn");
		thread.setDaemon(true);
		return thread;
	});

	LearnerAbilities(Redis redis, QuestionBank bank) {
		this.redis = redis;
		this.bank = bank;
		this.beliefs = new Beliefs(redis);
	}

	/**
	 * Learns from one first answer after the caller's acknowledgement (see the class comment), then
	 * hands the learner's ability before it to {@code then}, on the same thread.
	 */
	public void learnLater(String teamId, String userId, String questionId, boolean right, DoubleConsumer then) {
		this.learning.execute(() -> {
			try {
				then.accept(learn(teamId, userId, questionId, right));
			}
			catch (RuntimeException ex) {
				// The answer itself is recorded; only the estimate misses this one observation.
				logger.warn("The readiness estimate could not learn from an answer to {}: {}", questionId,
						ex.getMessage());
			}
		});
	}

	@PreDestroy
	void finishLearning() throws InterruptedException {
		this.learning.shutdown();
		this.learning.awaitTermination(5, TimeUnit.SECONDS);
	}

	/**
	 * Learns from one first answer: the learner's belief and the question's difficulty.
	 *
	 * @return the learner's ability estimate for the question before this answer (logits), for the
	 * item analysis; 0 for a question no longer in the bank
	 */
	public double learn(String teamId, String userId, String questionId, boolean right) {
		Question question = this.bank.question(questionId).orElse(null);
		if (question == null) {
			return 0;
		}
		Beliefs.Read stored = this.beliefs.read(teamId, userId, sections().size(), this.bank.domains().size());
		AbilityModel belief = stored.stored().model();
		double[] difficulty = difficulty(questionId, question.difficulty());
		int section = sectionIndex(question);
		int domain = domainIndex(question);
		double[] learned = belief.updateDifficulty(section, domain, difficulty[0], difficulty[1], right);
		AbilityModel updated = belief.update(section, domain, difficulty[0], difficulty[1], right);
		this.beliefs.write(teamId, userId, new BeliefFormat.Stored(updated, stored.stored().answers() + 1), stored);
		this.redis.sync().hset(RedisKeys.questionDifficulties(), questionId,
				learned[0] + "," + learned[1] + "," + ((long) difficulty[2] + 1));
		return belief.ability(section, domain);
	}

	/** The learner's predicted score on a full practice exam today, with the evidence behind it. */
	public Prediction predict(String teamId, String userId) {
		catchUp();
		BeliefFormat.Stored stored = this.beliefs.read(teamId, userId, sections().size(), this.bank.domains().size())
			.stored();
		Map<String, String> difficulties = this.redis.sync().hgetall(RedisKeys.questionDifficulties());
		List<ScoreForecast.Item> items = new ArrayList<>();
		for (Question question : this.bank.questions()) {
			int section = sectionIndex(question);
			if (section >= 0) {
				items.add(new ScoreForecast.Item(section, domainIndex(question),
						parse(difficulties.get(question.id()), question.difficulty())[0]));
			}
		}
		double[] weights = sections().stream().mapToDouble(Blueprint.Section::weight).toArray();
		return new Prediction(stored.answers(), new ScoreForecast(items, weights).forecast(stored.model()));
	}

	/** What the forecast rests on: how many first answers, and the forecast itself. */
	public record Prediction(int firstAnswers, ScoreForecast.Forecast forecast) {
	}

	private void catchUp() {
		try {
			this.learning.submit(() -> {
			}).get(CATCH_UP_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | RejectedExecutionException ex) {
			// A slow or stopped queue: predict from what is stored.
		}
	}

	private double[] difficulty(String questionId, int label) {
		return parse(this.redis.sync().hget(RedisKeys.questionDifficulties(), questionId), label);
	}

	/** Mean, variance and answers so far; the label's starting point when nobody has answered yet. */
	private static double[] parse(String stored, int label) {
		if (stored == null) {
			return new double[] { Difficulty.fromLabel(label), Difficulty.LABEL_VARIANCE, 0 };
		}
		String[] parts = stored.split(",");
		return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) };
	}

	private List<Blueprint.Section> sections() {
		return this.bank.blueprint().sections();
	}

	private int sectionIndex(Question question) {
		List<Blueprint.Section> sections = sections();
		for (int s = 0; s < sections.size(); s++) {
			if (sections.get(s).id().equals(question.section())) {
				return s;
			}
		}
		return -1;
	}

	private int domainIndex(Question question) {
		List<Domain> domains = this.bank.domains();
		for (int d = 0; d < domains.size(); d++) {
			if (domains.get(d).id().equals(question.domain())) {
				return d;
			}
		}
		return 0;
	}

}
