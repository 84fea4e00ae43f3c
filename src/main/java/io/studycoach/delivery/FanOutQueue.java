package io.studycoach.delivery;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import io.studycoach.ops.CoachMetrics;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The fan-out's work items on one Redis Stream, read by one consumer group shared by every instance
 * (https://redis.io/docs/latest/develop/data-types/streams/#consumer-groups): each item goes to one
 * consumer, stays pending until that consumer acknowledges it, and is claimed by another when its
 * consumer goes quiet for too long. Acknowledged items are deleted, so the stream holds only work
 * not yet done. An item whose consumers keep dying with it is set aside on a dead-letter stream after
 * {@code coach.delivery.max-deliveries} deliveries, so it cannot take down instance after instance.
 */
@Component
class FanOutQueue {

	static final String GROUP = "delivery";

	/** About how many items the dead-letter stream keeps (MAXLEN ~): the latest, for a look by hand. */
	static final long DEAD_LETTERS_KEPT = 10_000;

	private static final Logger logger = LoggerFactory.getLogger(FanOutQueue.class);

	private final Redis redis;

	private final String stream;

	private final String deadLetters;

	private final int maxDeliveries;

	private final CoachMetrics metrics;

	FanOutQueue(Redis redis, DeliveryProperties properties, CoachMetrics metrics) {
		this.redis = redis;
		this.stream = properties.stream();
		this.deadLetters = RedisKeys.fanOutDeadLetters(properties.stream());
		this.maxDeliveries = properties.maxDeliveries();
		this.metrics = metrics;
	}

	/** Creates the stream and its group if they are missing (after a first start, or a flushed Redis). */
	void ensureGroup() {
		try {
			this.redis.sync()
				.xgroupCreate(XReadArgs.StreamOffset.from(this.stream, "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
		}
		catch (RedisBusyException ex) {
			// BUSYGROUP: another instance, or an earlier start, made it.
		}
	}

	/**
	 * Adds one work item; returns its stream id.
	 * @param at when the targets were found due
	 * @param until where the due index holds them meanwhile
	 */
	String add(String teamId, List<String> targets, Instant at, Instant until) {
		return this.redis.sync().xadd(this.stream, Map.of("team", teamId, "targets", String.join(" ", targets), "at",
				Long.toString(at.getEpochSecond()), "until", Long.toString(until.getEpochSecond())));
	}

	/** New items for {@code consumer}, waiting up to {@code block} for some; on a connection of its own. */
	List<WorkItem> read(Redis connection, String consumer, int count, Duration block) {
		return connection.sync()
			.xreadgroup(Consumer.from(GROUP, consumer), XReadArgs.Builder.count(count).block(block),
					XReadArgs.StreamOffset.lastConsumed(this.stream))
			.stream()
			.map(FanOutQueue::item)
			.toList();
	}

	/**
	 * Items that other consumers have held for longer than {@code idle}, now {@code consumer}'s. One
	 * delivered more than {@code max-deliveries} times goes to the dead-letter stream instead.
	 */
	List<WorkItem> claim(String consumer, Duration idle, int count) {
		ClaimedMessages<String, String> claimed = this.redis.sync()
			.xautoclaim(this.stream, XAutoClaimArgs.Builder.xautoclaim(Consumer.from(GROUP, consumer), idle, "0-0").count(count));
		List<WorkItem> work = new ArrayList<>();
		for (StreamMessage<String, String> message : claimed.getMessages()) {
			long deliveries = deliveries(consumer, message.getId());
			if (deliveries > this.maxDeliveries) {
				deadLetter(message, deliveries);
			}
			else {
				work.add(item(message));
			}
		}
		return work;
	}

	/**
	 * How many times the item was handed out, this claim included (XAUTOCLAIM counts one each time but
	 * does not say; XPENDING does). Claims are rare (an instance died), so one call per item is fine.
	 */
	private long deliveries(String consumer, String id) {
		List<PendingMessage> pending = this.redis.sync()
			.xpending(this.stream, Consumer.from(GROUP, consumer), Range.create(id, id), Limit.from(1));
		// No longer pending: its first consumer finished it after all; handling it again is harmless.
		return pending.isEmpty() ? 0 : pending.get(0).getRedeliveryCount();
	}

	/**
	 * Copies the item to the dead-letter stream with its id and delivery count, then acknowledges and
	 * deletes it. Only the consumer that just claimed it gets here, so it is set aside once (twice only
	 * if this instance dies between the two steps).
	 */
	private void deadLetter(StreamMessage<String, String> message, long deliveries) {
		Map<String, String> entry = new LinkedHashMap<>(message.getBody());
		entry.put("id", message.getId());
		entry.put("deliveries", Long.toString(deliveries));
		this.redis.sync().xadd(this.deadLetters, XAddArgs.Builder.maxlen(DEAD_LETTERS_KEPT).approximateTrimming(), entry);
		done(message.getId());
		this.metrics.fanOutDeadLetter();
		logger.warn("Fan-out work item {} reached delivery count {} (over coach.delivery.max-deliveries, {}) without "
				+ "finishing, its consumers having stopped with it; moved it to {}", message.getId(), deliveries,
				this.maxDeliveries, this.deadLetters);
	}

	void done(String id) {
		this.redis.sync().xack(this.stream, GROUP, id);
		this.redis.sync().xdel(this.stream, id);
	}

	/**
	 * Removes consumers that hold nothing and have been quiet for {@code quiet}: every start of an
	 * instance adds a consumer, and the group would otherwise list them forever. Returns their names.
	 */
	List<String> forgetQuietConsumers(Duration quiet) {
		List<String> forgotten = new ArrayList<>();
		for (Object entry : this.redis.sync().xinfoConsumers(this.stream, GROUP)) {
			Map<String, Object> consumer = pairs(entry);
			String name = String.valueOf(consumer.get("name"));
			long pending = ((Number) consumer.getOrDefault("pending", 0L)).longValue();
			long idle = ((Number) consumer.getOrDefault("idle", 0L)).longValue();
			if (pending == 0 && idle >= quiet.toMillis()) {
				this.redis.sync().xgroupDelconsumer(this.stream, Consumer.from(GROUP, name));
				forgotten.add(name);
			}
		}
		return forgotten;
	}

	/** XINFO's flat name, value, name, value... reply as a map. */
	private static Map<String, Object> pairs(Object entry) {
		Map<String, Object> map = new HashMap<>();
		if (entry instanceof List<?> list) {
			for (int i = 0; i + 1 < list.size(); i += 2) {
				map.put(String.valueOf(list.get(i)), list.get(i + 1));
			}
		}
		return map;
	}

	/** Whether every item from {@code first} to {@code last} has been done. */
	boolean doneThrough(String first, String last) {
		return this.redis.sync().xrange(this.stream, Range.create(first, last), Limit.create(0, 1)).isEmpty();
	}

	private static WorkItem item(StreamMessage<String, String> message) {
		Map<String, String> body = message.getBody();
		String targets = body.getOrDefault("targets", "");
		return new WorkItem(message.getId(), body.getOrDefault("team", ""),
				targets.isEmpty() ? List.of() : Arrays.asList(targets.split(" ")),
				Instant.ofEpochSecond(Long.parseLong(body.getOrDefault("at", "0"))),
				Instant.ofEpochSecond(Long.parseLong(body.getOrDefault("until", "0"))));
	}

	/** Some due targets of one workspace, found due {@code at} and held in the due index {@code until}. */
	record WorkItem(String id, String teamId, List<String> targets, Instant at, Instant until) {
	}

}
