package io.studycoach.readiness;

import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The readiness belief in Redis: written as the binary string of {@link BeliefFormat}, read back at
 * the precision it was always kept at, and the text hash of earlier versions read and replaced.
 */
class BeliefStorageTests {

	private static final QuestionBank BANK = new ContentLoader().load("file:content/");

	private final String team = "TBLF" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private HandWiredRedis wired;

	private LearnerAbilities abilities;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		this.abilities = new LearnerAbilities(this.wired.redis(), BANK);
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aBeliefIsWrittenAsOneSmallBinaryStringWithItsCountOfAnswers() {
		for (int i = 0; i < 3; i++) {
			this.abilities.learn(this.team, "U1", guideQuestion(i).id(), i != 1);
		}

		int sections = BANK.blueprint().sections().size();
		int n = 1 + sections + BANK.domains().size();
		assertThat(TestRedis.connection().sync().type(this.keys.learnerBelief("U1"))).isEqualTo("string");
		assertThat(TestRedis.connection().sync().strlen(this.keys.learnerBelief("U1")))
			.isEqualTo(7L + 4L * (n + n * (n + 1) / 2));
		assertThat(TestRedis.connection().sync().exists(this.keys.learnerAbility("U1"))).isZero();
		assertThat(this.abilities.predict(this.team, "U1").firstAnswers()).isEqualTo(3);

		// A workspace that left gave its keys a time to live; a late update keeps it.
		TestRedis.connection().sync().expire(this.keys.learnerBelief("U1"), 1000);
		this.abilities.learn(this.team, "U1", guideQuestion(3).id(), true);
		assertThat(TestRedis.connection().sync().ttl(this.keys.learnerBelief("U1"))).isBetween(990L, 1000L);
		assertThat(this.abilities.predict(this.team, "U1").firstAnswers()).isEqualTo(4);
	}

	@Test
	void theBinaryFormKeepsEveryNumberAtFloatPrecision() {
		AbilityModel model = learned(40);

		BeliefFormat.Stored read = BeliefFormat.decode(BeliefFormat.encode(new BeliefFormat.Stored(model, 40)),
				model.sections(), model.domains());

		assertThat(read.answers()).isEqualTo(40);
		for (int row = 0; row < model.size(); row++) {
			assertThat(read.model().mean(row)).isEqualTo((float) model.mean(row));
			for (int col = 0; col < model.size(); col++) {
				assertThat(read.model().covariance(row, col)).isEqualTo((float) model.covariance(row, col));
			}
		}
	}

	@Test
	void aBeliefForAnotherShapeOrAnUnknownVersionReadsAsThePrior() {
		AbilityModel model = learned(10);
		byte[] bytes = BeliefFormat.encode(new BeliefFormat.Stored(model, 10));
		AbilityModel prior = AbilityModel.prior(model.sections(), model.domains());

		BeliefFormat.Stored otherShape = BeliefFormat.decode(bytes, model.sections() + 1, model.domains());
		assertThat(otherShape.answers()).as("the count of answers stays").isEqualTo(10);
		assertThat(otherShape.model().mean(0)).isZero();
		bytes[0] = 9;
		BeliefFormat.Stored unknown = BeliefFormat.decode(bytes, model.sections(), model.domains());
		assertThat(unknown.model().covariance(0, 0)).isEqualTo(prior.covariance(0, 0));
		assertThat(unknown.model().mean(0)).isZero();
	}

	@Test
	void theTextHashOfEarlierVersionsIsReadThenReplacedByTheBinaryFormOnTheNextAnswer() {
		AbilityModel model = learned(25);
		Map<String, String> oldHash = Map.of("belief", earlierText(model), "answers", "25");
		TestRedis.connection().sync().hset(this.keys.learnerAbility("U1"), oldHash);
		LearnerAbilities.Prediction fromText = this.abilities.predict(this.team, "U1");
		AbilityModel fromTextModel = BeliefFormat.fromText(oldHash, model.sections(), model.domains()).model();
		assertThat(fromText.firstAnswers()).isEqualTo(25);

		Question next = guideQuestion(30);
		double before = this.abilities.learn(this.team, "U1", next.id(), true);

		assertThat(before).as("the old belief was the one learned from")
			.isCloseTo(fromTextModel.ability(sectionOf(next), domainOf(next)), within(1e-9));
		assertThat(TestRedis.connection().sync().exists(this.keys.learnerAbility("U1"))).isZero();
		assertThat(TestRedis.connection().sync().exists(this.keys.learnerBelief("U1"))).isEqualTo(1L);
		LearnerAbilities.Prediction after = this.abilities.predict(this.team, "U1");
		assertThat(after.firstAnswers()).isEqualTo(26);
		assertThat(after.forecast().score()).as("a right answer moves the forecast up")
			.isGreaterThan(fromText.forecast().score());
	}

	/** A belief after {@code answers} first answers, alternating right and wrong over the guide's questions. */
	private static AbilityModel learned(int answers) {
		AbilityModel model = AbilityModel.prior(BANK.blueprint().sections().size(), BANK.domains().size());
		for (int i = 0; i < answers; i++) {
			Question q = guideQuestion(i);
			model = model.update(sectionOf(q), domainOf(q), 0.1 * (i % 7) - 0.3, 0.5, i % 3 != 0);
		}
		return model;
	}

	private static Question guideQuestion(int i) {
		return BANK.questions().stream().filter(q -> !q.section().isEmpty()).skip(i * 7L).findFirst().orElseThrow();
	}

	private static int sectionOf(Question q) {
		for (int s = 0; s < BANK.blueprint().sections().size(); s++) {
			if (BANK.blueprint().sections().get(s).id().equals(q.section())) {
				return s;
			}
		}
		throw new IllegalArgumentException(q.id());
	}

	private static int domainOf(Question q) {
		for (int d = 0; d < BANK.domains().size(); d++) {
			if (BANK.domains().get(d).id().equals(q.domain())) {
				return d;
			}
		}
		throw new IllegalArgumentException(q.id());
	}


	/** The text an earlier version kept in the {@code belief} field: sections, domains, then the numbers as floats. */
	private static String earlierText(AbilityModel model) {
		StringBuilder text = new StringBuilder().append(model.sections()).append(',').append(model.domains());
		BeliefFormat.numbers(model, value -> text.append(',').append((float) value));
		return text.toString();
	}

}
