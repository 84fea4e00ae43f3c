package io.studycoach.progress;

import io.studycoach.content.QuestionBank;
import io.studycoach.quality.QualityWiring;
import io.studycoach.readiness.ReadinessWiring;
import io.studycoach.redis.Redis;

import java.time.Clock;

/** The progress package's components, made by hand for tests in other packages (their constructors are package-private). */
public final class ProgressWiring {

	private ProgressWiring() {
	}

	public static DeliveryStore deliveryStore(Redis redis, Clock clock) {
		return new DeliveryStore(redis, clock);
	}

	public static AnswerRecorder answerRecorder(Redis redis, QuestionBank bank) {
		return new AnswerRecorder(redis, ReadinessWiring.learnerAbilities(redis, bank), QualityWiring.itemStats(redis),
				QualityWiring.quarantine(redis, bank, Clock.systemUTC()));
	}

	public static ProgressReader progressReader(Redis redis) {
		return new ProgressReader(redis, streakCalendars(redis, StudySchedules.EVERY_DAY));
	}

	public static ProgressReader progressReader(Redis redis, StudySchedules schedules) {
		return new ProgressReader(redis, streakCalendars(redis, schedules));
	}

	public static StreakCalendars streakCalendars(Redis redis, StudySchedules schedules) {
		return new StreakCalendars(redis, schedules);
	}

	public static Boards boards(Redis redis) {
		return new Boards(redis);
	}

}
