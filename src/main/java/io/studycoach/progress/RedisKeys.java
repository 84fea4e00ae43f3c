package io.studycoach.progress;

/**
 * Every Redis key the coach writes, in one place (documented in {@code docs/redis-keys.md}).
 * Keys start with {@code sc:{TEAM}:}: the team id in braces is a Redis Cluster hash tag, so all of
 * a workspace's keys share one slot and a multi-key script never crosses slots.
 */
public final class RedisKeys {

	private final String prefix;

	private RedisKeys(String teamId) {
		if (teamId == null || teamId.isBlank() || teamId.contains("}") || teamId.contains("{")) {
			throw new IllegalArgumentException("Not a Slack team id: " + teamId);
		}
		this.prefix = "sc:{" + teamId + "}:";
	}

	public static RedisKeys team(String teamId) {
		return new RedisKeys(teamId);
	}

	/** String with a time to live: a question handed to someone, as user|question|channel|kind|epoch second. */
	public String delivery(String deliveryId) {
		return this.prefix + "dlv:" + deliveryId;
	}

	/** Hash: user id to their first answer to a delivery (letters|right|epoch second). */
	public String deliveryAnswers(String deliveryId) {
		return this.prefix + "dlv:" + deliveryId + ":answers";
	}

	/** Hash: a learner's counters: answered, right, and per domain {@code d4:answered}, {@code d4:right}. */
	public String learnerStats(String userId) {
		return this.prefix + "u:" + userId + ":stats";
	}

	/** Bitmap: one bit a calendar day (learner's zone) since 2024-01-01, set on days with an answer. */
	public String learnerDays(String userId) {
		return this.prefix + "u:" + userId + ":days";
	}

	/** Sorted set: question id scored by the epoch second of the learner's latest answer to it. */
	public String learnerAnswered(String userId) {
		return this.prefix + "u:" + userId + ":answered";
	}

	/** String with a time to live: the learner's IANA time zone from users.info. */
	public String learnerZone(String userId) {
		return this.prefix + "u:" + userId + ":tz";
	}

}
