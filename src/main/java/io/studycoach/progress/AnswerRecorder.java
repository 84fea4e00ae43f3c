package io.studycoach.progress;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.studycoach.learning.ActiveDays;
import io.studycoach.learning.ReviewState;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Records answers in one atomic Redis script: only a user's first answer to a delivery counts, so
 * a double click, a Slack retry or a second app instance seeing the same click changes nothing,
 * and no failure leaves an answer half-written.
 */
@Component
public class AnswerRecorder {

	/** How long a channel's daily tallies are kept: two weekly summaries and the 14-day tilt. */
	static final Duration CHANNEL_TALLY_LIFETIME = Duration.ofDays(40);

	private static final RedisScript RECORD = RedisScript.load("redis/record-answer.lua");

	private final StatefulRedisConnection<String, String> redis;

	AnswerRecorder(StatefulRedisConnection<String, String> redis) {
		this.redis = redis;
	}

	/**
	 * @param answer what was answered, and when
	 * @param review the question's review state after this answer, or empty to leave it
	 * @param channelDay for a channel's question, the channel's local day, to add to its tally
	 * @return true when this answer counted; false when the user had already answered
	 */
	public boolean record(Delivery delivery, Answer answer, Optional<ReviewState> review,
			Optional<LocalDate> channelDay) {
		RedisKeys keys = RedisKeys.team(delivery.teamId());
		String user = answer.userId();
		String tallyKey = channelDay.map(day -> keys.channelTally(delivery.channelId(), day))
			.orElse(keys.learnerStats(user));
		String[] redisKeys = { keys.deliveryAnswers(delivery.id()), keys.learnerStats(user), keys.learnerDays(user),
				keys.learnerAnswered(user), keys.learnerReviews(user), tallyKey };
		long epoch = answer.at().getEpochSecond();
		String record = answer.letters() + "|" + (answer.right() ? 1 : 0) + "|" + epoch;
		Long recorded = RECORD.run(this.redis.sync(), ScriptOutputType.INTEGER, redisKeys, user, record,
				answer.right() ? "1" : "0", answer.domainId(), Integer.toString(ActiveDays.offset(answer.learnerDay())),
				Long.toString(epoch), delivery.questionId(), Long.toString(DeliveryStore.LIFETIME.toSeconds()),
				review.map(ReviewState::encode).orElse(""),
				channelDay.isPresent() ? Long.toString(CHANNEL_TALLY_LIFETIME.toSeconds()) : "");
		return recorded != null && recorded == 1L;
	}

	/**
	 * One answer.
	 *
	 * @param learnerDay the calendar day of the answer in the learner's own time zone
	 */
	public record Answer(String userId, String letters, boolean right, String domainId, LocalDate learnerDay,
			Instant at) {
	}

}
