package io.studycoach.delivery;

import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.studycoach.ops.CoachMetrics;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.CoachIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out stream's consumer group on the real Redis, on a stream of its own (no workers read it). */
@ExtendWith(OutputCaptureExtension.class)
class FanOutQueueTests extends CoachIntegrationTest {

	private static final int MAX_DELIVERIES = 3;

	@Autowired
	private Redis redis;

	@Autowired
	private CoachMetrics metrics;

	@Autowired
	private MeterRegistry registry;

	private FanOutQueue queue;

	private String stream;

	@BeforeEach
	void ownStream() {
		this.stream = "sc:fanout:" + UUID.randomUUID();
		this.queue = new FanOutQueue(this.redis, new DeliveryProperties("-", 4, 100, Duration.ofMinutes(2), 20,
				Duration.ofMinutes(1), this.stream, MAX_DELIVERIES), this.metrics);
		this.queue.ensureGroup();
		this.queue.ensureGroup();
	}

	@Test
	void anItemGoesToOneConsumerAndAnotherClaimsItWhenThatOneGoesQuiet() throws Exception {
		Instant at = Instant.parse("2026-03-03T09:00:00Z");
		String id = this.queue.add(this.team, List.of("dm:U1", "dm:U2"), at, at.plusSeconds(120));

		List<FanOutQueue.WorkItem> first = this.queue.read(this.redis, "first", 10, Duration.ofMillis(10));
		assertThat(first).singleElement().satisfies(item -> {
			assertThat(item.id()).isEqualTo(id);
			assertThat(item.teamId()).isEqualTo(this.team);
			assertThat(item.targets()).containsExactly("dm:U1", "dm:U2");
			assertThat(item.at()).isEqualTo(at);
			assertThat(item.until()).isEqualTo(at.plusSeconds(120));
		});
		assertThat(this.queue.read(this.redis, "second", 10, Duration.ofMillis(10))).isEmpty();
		assertThat(this.queue.claim("second", Duration.ofMinutes(1), 10)).as("not quiet long enough").isEmpty();

		Thread.sleep(30);
		assertThat(this.queue.claim("second", Duration.ofMillis(20), 10)).extracting(FanOutQueue.WorkItem::id)
			.containsExactly(id);
		assertThat(this.queue.doneThrough(id, id)).isFalse();
		this.queue.done(id);
		assertThat(this.queue.doneThrough(id, id)).isTrue();
	}

	@Test
	void consumersThatHoldNothingAndWentQuietAreForgotten() throws Exception {
		Instant at = Instant.parse("2026-03-03T09:00:00Z");
		String finished = this.queue.add(this.team, List.of("dm:U1"), at, at);
		this.queue.read(this.redis, "stopped", 1, Duration.ofMillis(10));
		this.queue.done(finished);
		this.queue.add(this.team, List.of("dm:U2"), at, at);
		this.queue.read(this.redis, "holding", 1, Duration.ofMillis(10));
		Thread.sleep(30);

		List<String> forgotten = this.queue.forgetQuietConsumers(Duration.ofMillis(20));

		assertThat(forgotten).contains("stopped").doesNotContain("holding");
		assertThat(this.queue.claim("survivor", Duration.ofMillis(20), 10)).hasSize(1);
	}

	/**
	 * An item that takes its consumer down every time (played here by consumers that claim it and never
	 * acknowledge it) is handed out {@code max-deliveries} times, then set aside once on the dead-letter
	 * stream, while the items around it are still handed out.
	 */
	@Test
	void anItemWhoseConsumersKeepDyingIsSetAsideOnceAndTheRestGoesOn(CapturedOutput output) {
		Instant at = Instant.parse("2026-03-03T09:00:00Z");
		double deadBefore = deadLetterCount();
		String poison = this.queue.add(this.team, List.of("dm:U0POISON", "ch:C0POISON"), at, at.plusSeconds(120));

		// Delivery 1 by a read, deliveries 2 and 3 by claims (idle zero: their consumers are gone at once).
		assertThat(this.queue.read(this.redis, "dies-1", 10, Duration.ofMillis(10))).extracting(FanOutQueue.WorkItem::id)
			.containsExactly(poison);
		for (int delivery = 2; delivery <= MAX_DELIVERIES; delivery++) {
			assertThat(this.queue.claim("dies-" + delivery, Duration.ZERO, 10)).extracting(FanOutQueue.WorkItem::id)
				.as("delivery %d", delivery)
				.containsExactly(poison);
		}
		assertThat(dead()).isEmpty();

		// Meanwhile other work: one item stranded with a consumer that died, one not yet read.
		String stranded = this.queue.add(this.team, List.of("dm:U0STRANDED"), at, at.plusSeconds(120));
		assertThat(this.queue.read(this.redis, "dies-too", 1, Duration.ofMillis(10))).extracting(FanOutQueue.WorkItem::id)
			.containsExactly(stranded);
		String fresh = this.queue.add(this.team, List.of("dm:U0FRESH"), at, at.plusSeconds(120));

		List<FanOutQueue.WorkItem> claimed = this.queue.claim("survivor", Duration.ZERO, 10);

		assertThat(claimed).extracting(FanOutQueue.WorkItem::id).containsExactly(stranded);
		assertThat(this.queue.read(this.redis, "survivor", 10, Duration.ofMillis(10))).extracting(FanOutQueue.WorkItem::id)
			.containsExactly(fresh);
		assertThat(dead()).singleElement().satisfies(entry -> assertThat(entry.getBody())
			.containsEntry("id", poison)
			.containsEntry("deliveries", Integer.toString(MAX_DELIVERIES + 1))
			.containsEntry("team", this.team)
			.containsEntry("targets", "dm:U0POISON ch:C0POISON"));
		// Acknowledged and gone from the fan-out stream: nobody claims it again, and the tick's wait ends.
		assertThat(this.queue.doneThrough(poison, poison)).isTrue();
		assertThat(redis().xpending(this.stream, FanOutQueue.GROUP).getCount()).as("stranded and fresh only").isEqualTo(2);
		assertThat(this.queue.claim("later", Duration.ZERO, 10)).extracting(FanOutQueue.WorkItem::id)
			.containsExactlyInAnyOrder(stranded, fresh);
		assertThat(dead()).hasSize(1);
		assertThat(deadLetterCount() - deadBefore).isEqualTo(1.0);
		assertThat(output).containsOnlyOnce("Fan-out work item " + poison + " reached delivery count 4")
			.doesNotContain("U0POISON");
	}

	private List<StreamMessage<String, String>> dead() {
		return redis().xrange(RedisKeys.fanOutDeadLetters(this.stream), Range.create("-", "+"));
	}

	private double deadLetterCount() {
		Counter counter = this.registry.find("coach.fanout.dead.letters").counter();
		return counter == null ? 0 : counter.count();
	}

}
