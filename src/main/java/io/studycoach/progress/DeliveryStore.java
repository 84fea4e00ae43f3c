package io.studycoach.progress;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Keeps delivered questions in Redis for as long as they may be answered. */
@Component
public class DeliveryStore {

	/** How long an unanswered question stays answerable. */
	static final Duration LIFETIME = Duration.ofDays(14);

	private static final String SEPARATOR = "|";

	private final StatefulRedisConnection<String, String> redis;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	DeliveryStore(StatefulRedisConnection<String, String> redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	public Delivery create(String teamId, String userId, String questionId, String channelId, Delivery.Kind kind) {
		byte[] bytes = new byte[12];
		this.random.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant at = this.clock.instant();
		Delivery delivery = new Delivery(id, teamId, userId, questionId, channelId == null ? "" : channelId, kind, at);
		String value = String.join(SEPARATOR, userId, questionId, delivery.channelId(), kind.name(),
				Long.toString(at.getEpochSecond()));
		// One SET with its expiry: a delivery is stored whole or not at all.
		this.redis.sync().set(RedisKeys.team(teamId).delivery(id), value, SetArgs.Builder.ex(LIFETIME));
		return delivery;
	}

	public Optional<Delivery> find(String teamId, String deliveryId) {
		if (deliveryId == null || !deliveryId.matches("[A-Za-z0-9_-]{16}")) {
			return Optional.empty();
		}
		String value = this.redis.sync().get(RedisKeys.team(teamId).delivery(deliveryId));
		if (value == null) {
			return Optional.empty();
		}
		String[] fields = value.split("\\|", -1);
		return Optional.of(new Delivery(deliveryId, teamId, fields[0], fields[1], fields[2],
				Delivery.Kind.valueOf(fields[3]), Instant.ofEpochSecond(Long.parseLong(fields[4]))));
	}

}
