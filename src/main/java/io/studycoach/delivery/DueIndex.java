package io.studycoach.delivery;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * When each channel and subscriber is next due, per workspace, as a sorted set scored by epoch
 * second; the tick reads only what is due instead of scanning everyone. An entry leaves the set only
 * when its channel pauses or its member unsubscribes; after each send it moves to the next one.
 */
@Component
public class DueIndex {

	private static final RedisScript RETRY_IF_UNTOUCHED = RedisScript.load("redis/retry-if-untouched.lua");

	private final Redis redis;

	/** How long the tick moves a target ahead while it is handed out for sending. */
	private final long leaseSeconds;

	DueIndex(Redis redis, DeliveryProperties properties) {
		this.redis = redis;
		this.leaseSeconds = properties.lease().toSeconds();
	}

	public void schedule(String teamId, DueTarget target, Instant next) {
		// Sent together: after every send, so one round trip rather than two.
		RedisClusterAsyncCommands<String, String> commands = this.redis.async();
		CompletableFuture<Long> team = commands.sadd(RedisKeys.teams(), teamId).toCompletableFuture();
		CompletableFuture<Long> due = commands.zadd(RedisKeys.team(teamId).due(), next.getEpochSecond(), target.key())
			.toCompletableFuture();
		Redis.await(team);
		Redis.await(due);
	}

	/**
	 * True when the target's time has come: it waits for the tick, or the tick handed it out and a send
	 * holds it (the tick moved it a lease ahead, so a due time up to a lease from now counts too).
	 */
	public boolean pending(String teamId, DueTarget target, Instant now) {
		Double score = this.redis.sync().zscore(RedisKeys.team(teamId).due(), target.key());
		return score != null && score <= now.getEpochSecond() + this.leaseSeconds;
	}

	public void remove(String teamId, DueTarget target) {
		remove(teamId, target.key());
	}

	/** Removes a stored key, also one of no known kind. */
	void remove(String teamId, String key) {
		this.redis.sync().zrem(RedisKeys.team(teamId).due(), key);
	}

	/** The workspaces with anything scheduled, but for those that uninstalled the coach. */
	public Set<String> teams() {
		Set<String> teams = new HashSet<>(this.redis.sync().smembers(RedisKeys.teams()));
		// A send under way as the workspace left may have scheduled it again; leaving wins.
		teams.removeIf(team -> this.redis.sync().exists(RedisKeys.team(team).uninstalled()) == 1);
		return teams;
	}

	/**
	 * Moves targets handed to the fan-out to {@code until}, so later ticks do not hand them out again
	 * while they are in flight. Never earlier than they were, and never back once removed.
	 */
	public void postpone(String teamId, List<String> targets, Instant until) {
		if (targets.isEmpty()) {
			return;
		}
		ScoredValue<?>[] values = targets.stream()
			.map(target -> ScoredValue.just((double) until.getEpochSecond(), target))
			.toArray(ScoredValue[]::new);
		@SuppressWarnings("unchecked")
		ScoredValue<String>[] scored = (ScoredValue<String>[]) values;
		this.redis.sync().zadd(RedisKeys.team(teamId).due(), ZAddArgs.Builder.xx().gt(), scored);
	}

	/**
	 * After a target was handled: if its handler left it where {@link #postpone} put it (the send
	 * failed, or another sender held it), it is due again at {@code at}, so the next tick retries it.
	 */
	public void retryIfUntouched(String teamId, String target, Instant postponedUntil, Instant at) {
		RETRY_IF_UNTOUCHED.run(this.redis.sync(), ScriptOutputType.INTEGER, new String[] { RedisKeys.team(teamId).due() },
				target, Long.toString(postponedUntil.getEpochSecond()), Long.toString(at.getEpochSecond()));
	}

	/** Stops visiting a workspace; its schedules stay, to resume if it comes back. */
	public void stopTeam(String teamId) {
		this.redis.sync().srem(RedisKeys.teams(), teamId);
	}

	/** Visits a workspace again, if it has anything scheduled. */
	public void resumeTeam(String teamId) {
		if (this.redis.sync().exists(RedisKeys.team(teamId).due()) == 1) {
			this.redis.sync().sadd(RedisKeys.teams(), teamId);
		}
	}

	/** Targets due at or before {@code now}, most overdue first. */
	public List<String> dueBy(String teamId, Instant now, int limit) {
		return this.redis.sync()
			.zrangebyscore(RedisKeys.team(teamId).due(), Range.create(0.0, (double) now.getEpochSecond()),
					Limit.create(0, limit));
	}

}
