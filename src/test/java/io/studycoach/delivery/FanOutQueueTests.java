package io.studycoach.delivery;

import io.studycoach.redis.Redis;
import io.studycoach.support.CoachIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out stream's consumer group on the real Redis, on a stream of its own (no workers read it). */
class FanOutQueueTests extends CoachIntegrationTest {

	@Autowired
	private Redis redis;

	private FanOutQueue queue;

	@BeforeEach
	void ownStream() {
		this.queue = new FanOutQueue(this.redis, new DeliveryProperties("-", 4, 100, Duration.ofMinutes(2), 20,
				Duration.ofMinutes(1), "sc:fanout:" + UUID.randomUUID()));
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

}
