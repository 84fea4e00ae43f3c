package io.studycoach.readiness;

import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.util.Map;

/**
 * Where each learner's belief lives: the binary string {@code u:{U}:belief} (BeliefFormat). A
 * learner whose belief an earlier version kept as the text hash {@code u:{U}:ability} is read from
 * that hash until their next first answer writes the binary form and removes the hash.
 */
final class Beliefs {

	private final Redis redis;

	Beliefs(Redis redis) {
		this.redis = redis;
	}

	/** The learner's stored belief (the prior when there is none), and where it came from. */
	Read read(String teamId, String userId, int sections, int domains) {
		RedisKeys keys = RedisKeys.team(teamId);
		byte[] bytes = Redis.await(this.redis.binaryAsync().get(keys.learnerBelief(userId)).toCompletableFuture());
		if (bytes != null) {
			return new Read(BeliefFormat.decode(bytes, sections, domains), false);
		}
		Map<String, String> old = this.redis.sync().hgetall(keys.learnerAbility(userId));
		return new Read(BeliefFormat.fromText(old, sections, domains), !old.isEmpty());
	}

	/**
	 * Writes the belief whole in one command, so the model and its count of answers never part; then
	 * removes the earlier version's hash when that is what was read.
	 */
	void write(String teamId, String userId, BeliefFormat.Stored belief, Read before) {
		RedisKeys keys = RedisKeys.team(teamId);
		// KEEPTTL: a workspace that left keeps its keys' time to live (WorkspaceRetention).
		Redis.await(this.redis.binaryAsync()
			.set(keys.learnerBelief(userId), BeliefFormat.encode(belief), SetArgs.Builder.keepttl())
			.toCompletableFuture());
		if (before.fromOldHash()) {
			this.redis.sync().del(keys.learnerAbility(userId));
		}
	}

	/** A belief as read, and whether it came from the earlier version's text hash. */
	record Read(BeliefFormat.Stored stored, boolean fromOldHash) {
	}

}
