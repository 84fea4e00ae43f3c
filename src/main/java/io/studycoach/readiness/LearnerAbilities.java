package io.studycoach.readiness;

import io.studycoach.content.Blueprint;
import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Keeps each learner's ability belief (under their workspace) and every question's difficulty
 * (deployment-wide, question data only), and turns them into a predicted exam score. Called only
 * for an answer the answer script has just recorded as a first answer, so a retried click never
 * counts twice.
 */
@Component
public class LearnerAbilities {

	static final String BELIEF = "belief";

	static final String ANSWERS = "answers";

	private final Redis redis;

	private final QuestionBank bank;

	LearnerAbilities(Redis redis, QuestionBank bank) {
		this.redis = redis;
		this.bank = bank;
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
		String key = RedisKeys.team(teamId).learnerAbility(userId);
		Map<String, String> stored = this.redis.sync().hgetall(key);
		AbilityModel belief = AbilityModel.decode(stored.get(BELIEF), sections().size(), this.bank.domains().size());
		double[] difficulty = difficulty(questionId, question.difficulty());
		int section = sectionIndex(question);
		int domain = domainIndex(question);
		double[] learned = belief.updateDifficulty(section, domain, difficulty[0], difficulty[1], right);
		AbilityModel updated = belief.update(section, domain, difficulty[0], difficulty[1], right);
		this.redis.sync().hset(key, Map.of(BELIEF, updated.encode(), ANSWERS,
				Long.toString(Long.parseLong(stored.getOrDefault(ANSWERS, "0")) + 1)));
		this.redis.sync().hset(RedisKeys.questionDifficulties(), questionId,
				learned[0] + "," + learned[1] + "," + ((long) difficulty[2] + 1));
		return belief.ability(section, domain);
	}

	/** The learner's predicted score on a full practice exam today, with the evidence behind it. */
	public Prediction predict(String teamId, String userId) {
		Map<String, String> stored = this.redis.sync().hgetall(RedisKeys.team(teamId).learnerAbility(userId));
		AbilityModel belief = AbilityModel.decode(stored.get(BELIEF), sections().size(), this.bank.domains().size());
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
		return new Prediction(Integer.parseInt(stored.getOrDefault(ANSWERS, "0")),
				new ScoreForecast(items, weights).forecast(belief));
	}

	/** What the forecast rests on: how many first answers, and the forecast itself. */
	public record Prediction(int firstAnswers, ScoreForecast.Forecast forecast) {
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
