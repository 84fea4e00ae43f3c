package io.studycoach.delivery;

import io.studycoach.redis.Redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.models.stream.ClaimedMessages;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The fan-out's work items on one Redis Stream, read by one consumer group shared by every instance
 * (https://redis.io/docs/latest/develop/data-types/streams/#consumer-groups): each item goes to one
 * consumer, stays pending until that consumer acknowledges it, and is claimed by another when its
 * consumer goes quiet for too long. Acknowledged items are deleted, so the stream holds only work
 * not yet done.
 */
@Component
class FanOutQueue {

	static final String GROUP = "delivery";

	private final Redis redis;

	private final String stream;

	FanOutQueue(Redis redis, DeliveryProperties properties) {
		this.redis = redis;
		this.stream = properties.stream();
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

	/** Items that other consumers have held for longer than {@code idle}, now {@code consumer}'s. */
	List<WorkItem> claim(String consumer, Duration idle, int count) {
		ClaimedMessages<String, String> claimed = this.redis.sync()
			.xautoclaim(this.stream, XAutoClaimArgs.Builder.xautoclaim(Consumer.from(GROUP, consumer), idle, "0-0").count(count));
		return claimed.getMessages().stream().map(FanOutQueue::item).toList();
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
