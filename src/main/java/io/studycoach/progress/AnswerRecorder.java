package io.studycoach.progress;

import io.lettuce.core.ScriptOutputType;
import io.studycoach.learning.ActiveDays;
import io.studycoach.learning.ReviewState;
import io.studycoach.quality.ItemStats;
import io.studycoach.quality.Quarantine;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

	/**
	 * How long a learner's weekly tally is kept, from the week's first answer. Only the Monday DM
	 * reads it, on the next Monday in the learner's zone (a DM due on Monday is never sent on
	 * another day): at most 8 days after that first answer, a day more if the learner moved to a
	 * zone far west meanwhile. 10 days leave a margin beyond both.
	 */
	public static final Duration LEARNER_WEEK_LIFETIME = Duration.ofDays(10);

	/**
	 * How long a personal question and its answer are kept once answered: long enough for double
	 * clicks and retries to find the first answer. A channel's question stays its full lifetime, for
	 * its live count and the next day's recap.
	 */
	static final Duration ANSWERED_LIFETIME = Duration.ofDays(1);

	/** A right first answer is worth 10 points on the leaderboards. */
	public static final int POINTS_PER_RIGHT_ANSWER = 10;

	private static final RedisScript RECORD = RedisScript.load("redis/record-answer.lua");

	private final Redis redis;

	private final LearnerAbilities abilities;

	private final ItemStats items;

	private final Quarantine quarantine;

	AnswerRecorder(Redis redis, LearnerAbilities abilities, ItemStats items, Quarantine quarantine) {
		this.redis = redis;
		this.abilities = abilities;
		this.items = items;
		this.quarantine = quarantine;
	}

	/** The question is quarantined: an answer to a copy already delivered counts neither way. */
	public boolean underReview(String questionId) {
		return this.quarantine.isHeld(questionId);
	}

	/**
	 * Marks an answer to a quarantined question as given (so a second click is "already answered")
	 * without counting it anywhere: no stats, streak, review, leaderboard or item figures.
	 *
	 * @return false when the user had already answered this delivery
	 */
	public boolean recordUnderReview(Delivery delivery, Answer answer) {
		RedisKeys keys = RedisKeys.team(delivery.teamId());
		String record = answer.letters() + "|" + (answer.right() ? 1 : 0) + "|" + answer.at().getEpochSecond() + "|review";
		boolean first = this.redis.sync().hsetnx(keys.deliveryAnswers(delivery.id()), answer.userId(), record);
		if (first && this.redis.sync().ttl(keys.deliveryAnswers(delivery.id())) < 0) {
			this.redis.sync().expire(keys.deliveryAnswers(delivery.id()), DeliveryStore.LIFETIME);
		}
		return first;
	}

	/**
	 * @param answer what was answered, and when
	 * @param review the question's review state after this answer, or empty to leave it
	 * @param channelDay for a question tied to a study channel, the channel's local day, for its tallies
	 * @param boards the leaderboards the answer counts on
	 * @return true when this answer counted; false when the user had already answered
	 */
	public boolean record(Delivery delivery, Answer answer, Optional<ReviewState> review,
			Optional<LocalDate> channelDay, List<BoardScope> boards) {
		RedisKeys keys = RedisKeys.team(delivery.teamId());
		String user = answer.userId();
		String unused = keys.learnerStats(user);
		List<String> redisKeys = new ArrayList<>(List.of(keys.deliveryAnswers(delivery.id()), keys.learnerStats(user),
				keys.learnerDays(user), keys.learnerAnswered(user), keys.learnerReviews(user),
				channelDay.map(day -> keys.channelTally(delivery.channelId(), day)).orElse(unused),
				keys.learnerWeek(user, BoardScope.monday(answer.learnerDay())),
				channelDay.map(day -> keys.channelMissed(delivery.channelId(), BoardScope.monday(day))).orElse(unused),
				keys.delivery(delivery.id()), keys.learnerShown(user)));
		long epoch = answer.at().getEpochSecond();
		List<String> args = new ArrayList<>(List.of(user, answer.letters() + "|" + (answer.right() ? 1 : 0) + "|" + epoch,
				answer.right() ? "1" : "0", answer.areas(), Integer.toString(ActiveDays.offset(answer.learnerDay())),
				Long.toString(epoch), delivery.questionId(), Long.toString(DeliveryStore.LIFETIME.toSeconds()),
				review.map(ReviewState::encode).orElse(""),
				channelDay.isPresent() ? Long.toString(CHANNEL_TALLY_LIFETIME.toSeconds()) : "",
				Long.toString(LEARNER_WEEK_LIFETIME.toSeconds()), Integer.toString(POINTS_PER_RIGHT_ANSWER),
				delivery.kind() == Delivery.Kind.CHANNEL ? "" : Long.toString(ANSWERED_LIFETIME.toSeconds())));
		for (BoardScope board : boards) {
			redisKeys.add(keys.boardPoints(board.key()));
			redisKeys.add(keys.boardStats(board.key()));
			args.add(board.lifetime() == null ? "" : Long.toString(board.lifetime().toSeconds()));
		}
		Long recorded = RECORD.run(this.redis.sync(), ScriptOutputType.INTEGER, redisKeys.toArray(String[]::new),
				args.toArray(String[]::new));
		boolean first = recorded != null && recorded >= 1L;
		if (first) {
			// After the script, not in it: only a first answer gets here, so a retry cannot count twice.
			// After the ack too: neither the estimate nor the item figures are part of what the learner
			// is told right away. Deployment-wide keys live in another slot than the workspace's.
			boolean firstAttempt = recorded == 2L;
			List<Character> chosen = letters(answer.letters());
			this.abilities.learnLater(delivery.teamId(), user, delivery.questionId(), answer.right(), ability -> {
				if (firstAttempt) {
					this.items.firstAttempt(delivery.questionId(), chosen, answer.right(), ability);
				}
			});
		}
		return first;
	}

	private static List<Character> letters(String letters) {
		return letters.chars().filter(Character::isUpperCase).mapToObj(c -> (char) c).toList();
	}

	/**
	 * One answer.
	 *
	 * @param learnerDay the calendar day of the answer in the learner's own time zone
	 */
	public record Answer(String userId, String letters, boolean right, String domainId, LocalDate learnerDay,
			Instant at, String sectionArea) {

		/** An answer that counts in its domain only. */
		public Answer(String userId, String letters, boolean right, String domainId, LocalDate learnerDay, Instant at) {
			this(userId, letters, right, domainId, learnerDay, at, "");
		}

		/** The areas whose tallies the answer adds to: the domain, and the guide section when it has one. */
		String areas() {
			return this.sectionArea.isEmpty() ? this.domainId : this.domainId + " " + this.sectionArea;
		}
	}

}
