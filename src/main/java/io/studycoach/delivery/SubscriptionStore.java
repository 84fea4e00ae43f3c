package io.studycoach.delivery;

import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** Members' daily DM subscriptions in Redis. */
@Component
public class SubscriptionStore {

	private final Redis redis;

	SubscriptionStore(Redis redis) {
		this.redis = redis;
	}

	public Optional<Subscription> find(String teamId, String userId) {
		return subscription(userId, this.redis.sync().hgetall(RedisKeys.team(teamId).subscription(userId)));
	}

	/** As {@link #find}, asked now and read later: it travels with the caller's next command. */
	CompletableFuture<Optional<Subscription>> findLater(String teamId, String userId) {
		return this.redis.async()
			.hgetall(RedisKeys.team(teamId).subscription(userId))
			.toCompletableFuture()
			.thenApply(fields -> subscription(userId, fields));
	}

	private static Optional<Subscription> subscription(String userId, Map<String, String> fields) {
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Subscription(userId,
				new SendSchedule(LocalTime.parse(fields.get("time")), StudyDays.valueOf(fields.get("days")))));
	}

	public void save(String teamId, Subscription subscription) {
		RedisKeys keys = RedisKeys.team(teamId);
		this.redis.sync()
			.hset(keys.subscription(subscription.userId()), Map.of("time", subscription.schedule().time().toString(),
					"days", subscription.schedule().days().name()));
		this.redis.sync().sadd(keys.subscribers(), subscription.userId());
	}

	public void delete(String teamId, String userId) {
		RedisKeys keys = RedisKeys.team(teamId);
		this.redis.sync().del(keys.subscription(userId));
		this.redis.sync().srem(keys.subscribers(), userId);
	}

	public Set<String> subscribers(String teamId) {
		return this.redis.sync().smembers(RedisKeys.team(teamId).subscribers());
	}

}
