package io.studycoach.readiness;

import io.studycoach.content.QuestionBank;
import io.studycoach.redis.Redis;

/** The readiness package's components, made by hand for tests in other packages. */
public final class ReadinessWiring {

	private ReadinessWiring() {
	}

	public static LearnerAbilities learnerAbilities(Redis redis, QuestionBank bank) {
		return new LearnerAbilities(redis, bank);
	}

}
