package io.studycoach.progress;

import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** Keeps delivered questions in Redis for as long as they may be answered. */
@Component
public class DeliveryStore {

	/** How long an unanswered question stays answerable. */
	static final Duration LIFETIME = Duration.ofDays(14);

	private final Redis redis;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	DeliveryStore(Redis redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	public Delivery create(String teamId, String userId, String questionId, String channelId, Delivery.Kind kind) {
		return create(teamId, userId, questionId, channelId, kind, "", "");
	}

	/**
	 * @param channelZone the study channel's zone when the question counts for a channel, else empty
	 * @param challengeId the challenge it counts for, else empty
	 */
	public Delivery create(String teamId, String userId, String questionId, String channelId, Delivery.Kind kind,
			String channelZone, String challengeId) {
		byte[] bytes = new byte[12];
		this.random.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Delivery delivery = new Delivery(id, teamId, userId, questionId, channelId == null ? "" : channelId, kind,
				this.clock.instant(), "", channelZone, challengeId);
		// The delivery and the shown note are sent together rather than one round trip after another.
		CompletableFuture<String> saved = saveLater(delivery);
		CompletableFuture<?> shown = delivery.userId().isEmpty() ? CompletableFuture.completedFuture(null)
				: noteShown(teamId, delivery.userId(), questionId, delivery.at());
		Redis.await(saved);
		Redis.await(shown);
		return delivery;
	}

	/** How long a question handed to a learner is remembered as shown: a challenge's longest run. */
	static final java.time.Duration SHOWN_FOR = java.time.Duration.ofDays(60);

	private CompletableFuture<?> noteShown(String teamId, String userId, String questionId, Instant at) {
		String key = RedisKeys.team(teamId).learnerShown(userId);
		CompletableFuture<Long> added = this.redis.async().zadd(key, at.getEpochSecond(), questionId).toCompletableFuture();
		CompletableFuture<Long> trimmed = this.redis.async()
			.zremrangebyscore(key, io.lettuce.core.Range.create(0L, at.minus(SHOWN_FOR).getEpochSecond()))
			.toCompletableFuture();
		return CompletableFuture.allOf(added, trimmed);
	}

	/**
	 * Questions handed to the learner personally or answered by them since {@code since}. The answer
	 * script drops a question's shown entry when it records an answer (the answer is never earlier
	 * than the showing), so a question last seen when it was answered is found in the answered set;
	 * entries written before that rule, in both sets, read the same.
	 */
	public java.util.Set<String> shownSince(String teamId, String userId, Instant since) {
		RedisKeys keys = RedisKeys.team(teamId);
		io.lettuce.core.Range<Long> window = io.lettuce.core.Range.create(since.getEpochSecond(), Long.MAX_VALUE);
		// Both asked at once: one round trip.
		CompletableFuture<java.util.List<String>> shown = this.redis.async()
			.zrangebyscore(keys.learnerShown(userId), window)
			.toCompletableFuture();
		CompletableFuture<java.util.List<String>> answered = this.redis.async()
			.zrangebyscore(keys.learnerAnswered(userId), window)
			.toCompletableFuture();
		java.util.Set<String> seen = new java.util.HashSet<>(Redis.await(shown));
		seen.addAll(Redis.await(answered));
		return seen;
	}

	/** Questions a study channel was asked since {@code since}: their answers its recaps reveal. */
	public java.util.Set<String> channelAskedSince(String teamId, String channelId, Instant since) {
		return new java.util.HashSet<>(this.redis.sync()
			.zrangebyscore(RedisKeys.team(teamId).channelSeen(channelId), io.lettuce.core.Range.create(since.getEpochSecond(), Long.MAX_VALUE)));
	}

	/** Stores the delivery whole, with its expiry, in one command. */
	public void save(Delivery delivery) {
		Redis.await(saveLater(delivery));
	}

	private CompletableFuture<String> saveLater(Delivery delivery) {
		String value = String.join("|", delivery.userId(), delivery.questionId(), delivery.channelId(),
				delivery.kind().name(), Long.toString(delivery.at().getEpochSecond()), delivery.messageTs(),
				delivery.channelZone(), delivery.challengeId());
		return this.redis.async()
			.set(RedisKeys.team(delivery.teamId()).delivery(delivery.id()), value, SetArgs.Builder.ex(LIFETIME))
			.toCompletableFuture();
	}

	public Optional<Delivery> find(String teamId, String deliveryId) {
		return Redis.await(findLater(teamId, deliveryId));
	}

	/** The same, sent now and read when needed, so it can travel with a request's other reads. */
	public CompletableFuture<Optional<Delivery>> findLater(String teamId, String deliveryId) {
		if (deliveryId == null || !deliveryId.matches("[A-Za-z0-9_-]{16}")) {
			return CompletableFuture.completedFuture(Optional.empty());
		}
		return this.redis.async().get(RedisKeys.team(teamId).delivery(deliveryId)).toCompletableFuture()
			.thenApply(value -> parse(teamId, deliveryId, value));
	}

	private static Optional<Delivery> parse(String teamId, String deliveryId, String value) {
		if (value == null) {
			return Optional.empty();
		}
		String[] fields = value.split("\\|", -1);
		return Optional.of(new Delivery(deliveryId, teamId, fields[0], fields[1], fields[2],
				Delivery.Kind.valueOf(fields[3]), Instant.ofEpochSecond(Long.parseLong(fields[4])),
				fields[5], fields[6], fields[7]));
	}

	/** Every first answer to a delivery: user id to "letters|1 or 0|epoch second". */
	public java.util.Map<String, String> answers(Delivery delivery) {
		return this.redis.sync().hgetall(RedisKeys.team(delivery.teamId()).deliveryAnswers(delivery.id()));
	}

	/**
	 * True for the first answer to a delivery within {@code window}, on any instance: that one
	 * schedules the update of the shown count, and the answers after it within the window ride along.
	 */
	public boolean firstInCountWindow(Delivery delivery, java.time.Duration window) {
		return "OK".equals(this.redis.sync()
			.set(RedisKeys.team(delivery.teamId()).deliveryCountUpdate(delivery.id()), "1",
					SetArgs.Builder.nx().px(window.toMillis())));
	}

	public long answerCount(Delivery delivery) {
		return this.redis.sync().hlen(RedisKeys.team(delivery.teamId()).deliveryAnswers(delivery.id()));
	}

}
