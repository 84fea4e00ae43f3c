package io.studycoach.progress;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.studycoach.learning.ActiveDays;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Records answers in one atomic Redis script: only a user's first answer to a delivery counts, so
 * a double click, a Slack retry or a second app instance seeing the same click changes nothing,
 * and no failure leaves an answer half-written.
 */
@Component
public class AnswerRecorder {

	private static final RedisScript RECORD = RedisScript.load("redis/record-answer.lua");

	private final StatefulRedisConnection<String, String> redis;

	AnswerRecorder(StatefulRedisConnection<String, String> redis) {
		this.redis = redis;
	}

	/**
	 * @param learnerDay the calendar day of the answer in the learner's own time zone
	 * @return true when this answer counted; false when the user had already answered
	 */
	public boolean record(Delivery delivery, String userId, String letters, boolean right, String domainId,
			LocalDate learnerDay, Instant at) {
		RedisKeys keys = RedisKeys.team(delivery.teamId());
		String[] redisKeys = { keys.deliveryAnswers(delivery.id()), keys.learnerStats(userId),
				keys.learnerDays(userId), keys.learnerAnswered(userId) };
		String record = letters + "|" + (right ? 1 : 0) + "|" + at.getEpochSecond();
		Long recorded = RECORD.run(this.redis.sync(), ScriptOutputType.INTEGER, redisKeys, userId, record,
				right ? "1" : "0", domainId, Integer.toString(ActiveDays.offset(learnerDay)),
				Long.toString(at.getEpochSecond()), delivery.questionId(),
				Long.toString(DeliveryStore.LIFETIME.toSeconds()));
		return recorded != null && recorded == 1L;
	}

}
