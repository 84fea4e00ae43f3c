package io.studycoach.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.SlotHash;
import io.studycoach.StudyCoachApplication;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.support.Answers;
import io.studycoach.support.Interactions;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedisCluster;
import io.studycoach.support.TestRedisSentinel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static io.studycoach.support.SlackPosts.questions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coach on a real 3-master Redis Cluster, and on a Sentinel group, both started by the test on
 * loopback. Everything that touches several keys at once (the answer script, the fan-out stream and
 * its consumer group, ShedLock, retiring a workspace's keys, forgetting a member) runs for real.
 */
class RedisClusterTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));

	private final String team = "T0CLU" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	@BeforeEach
	void setUp() {
		SlackStub.reset();
		SlackStub.tokenOf(this.team);
		CLOCK.set(Instant.parse("2026-03-02T12:00:00Z"));
	}

	@Test
	void theWholeCoachRunsOnAThreeMasterCluster() throws Exception {
		try (TestRedisCluster cluster = TestRedisCluster.start(); ConfigurableApplicationContext app = start(cluster.url())) {
			Redis redis = app.getBean(Redis.class);
			assertThat(redis.isCluster()).isTrue();
			SlackRequests slack = requests(app);
			String keys = "sc:{" + this.team + "}:";

			SlackStub.userZone("U0CLU", "UTC");
			answerRightly(app, slack, "U0CLU");
			assertThat(redis.sync().hget(keys + "u:U0CLU:stats", "right")).isEqualTo("1");

			// The daily DM through the fan-out stream and its consumer group, then the scheduled tick
			// under ShedLock's lock, both on the cluster.
			slack.commandReply(this.team, "U0CLU", "D0CLU", "subscribe 09:00 daily", "sub");
			CLOCK.set(Instant.parse("2026-03-03T09:00:00Z"));
			assertThat(app.getBean(DeliveryTick.class).run()).isPositive();
			assertThat(questions("U0CLU")).hasSize(1);
			CLOCK.set(Instant.parse("2026-03-04T09:00:00Z"));
			app.getBean(DeliveryTick.class).tick();
			await().atMost(Duration.ofSeconds(10)).until(() -> questions("U0CLU").size() == 2);

			// All of the workspace's keys share one slot, whichever node serves it.
			List<String> written = scan(redis, keys + "*");
			assertThat(written).hasSizeGreaterThan(5);
			assertThat(written.stream().map(SlotHash::getSlot).distinct()).hasSize(1);

			// Forgetting a member scans the cluster.
			slack.interaction(Interactions.button(this.team, "U0CLU", "forget_confirm", "yes", "forgotten"));
			await().atMost(Duration.ofSeconds(10)).until(() -> scan(redis, keys + "u:U0CLU:*").isEmpty());

			// Leaving retires every key of the workspace with one script per SCAN page.
			slack.event(this.team, "EvClu" + this.team, Map.of("type", "app_uninstalled"), 0);
			await().atMost(Duration.ofSeconds(10)).until(() -> redis.sync().exists(keys + "uninstalled") == 1);
			for (String key : scan(redis, keys + "*")) {
				long ttl = redis.sync().ttl(key);
				// -2: the key expired or was deleted between the SCAN and the TTL (a finished forget-me).
				if (ttl != -2) {
					assertThat(ttl).as(key).isBetween(1L, Duration.ofDays(30).toSeconds());
				}
			}
		}
	}

	@Test
	void aSentinelUrlFindsTheMaster() throws Exception {
		try (TestRedisSentinel sentinel = TestRedisSentinel.start(); ConfigurableApplicationContext app = start(sentinel.url())) {
			answerRightly(app, requests(app), "U0SEN");
			RedisClient direct = RedisClient.create("redis://127.0.0.1:" + sentinel.masterPort());
			try (StatefulRedisConnection<String, String> master = direct.connect()) {
				assertThat(master.sync().hget("sc:{" + this.team + "}:u:U0SEN:stats", "answered")).isEqualTo("1");
			}
			finally {
				direct.shutdown();
			}
		}
	}

	private void answerRightly(ConfigurableApplicationContext app, SlackRequests slack, String user) throws Exception {
		JsonNode asked = JSON.readTree(slack.command(this.team, user, "C0ANY", "", SlackStub.responseUrl("q")).body());
		String delivery = SlackPosts.deliveryId(asked);
		String stored = app.getBean(Redis.class).sync().get("sc:{" + this.team + "}:dlv:" + delivery);
		Question question = app.getBean(QuestionBank.class).question(stored.split("\\|")[1]).orElseThrow();
		slack.answer(this.team, user, delivery, Answers.right(question), "a-" + user);
		SlackStub.awaitResponse("a-" + user);
	}

	private static List<String> scan(Redis redis, String pattern) {
		List<String> keys = new ArrayList<>();
		ScanCursor cursor = ScanCursor.INITIAL;
		do {
			KeyScanCursor<String> page = redis.sync().scan(cursor, ScanArgs.Builder.matches(pattern).limit(500));
			keys.addAll(page.getKeys());
			cursor = page;
		}
		while (!cursor.isFinished());
		return keys;
	}

	private static ConfigurableApplicationContext start(String redisUrl) {
		return new SpringApplicationBuilder(StudyCoachApplication.class, TestClock.class).run("--server.port=0",
				"--slack.bot-token=xoxb-1111-2222-testtoken", "--slack.signing-secret=" + SlackRequests.SIGNING_SECRET,
				"--slack.api-url=" + SlackStub.apiUrl(), "--coach.redis.url=" + redisUrl, "--coach.delivery.cron=-",
				"--coach.slack.retry.backoff=20ms", "--coach.slack.retry.channel-spacing=10ms");
	}

	private static SlackRequests requests(ConfigurableApplicationContext app) {
		return new SlackRequests(((WebServerApplicationContext) app).getWebServer().getPort());
	}

	/** Not a @Configuration, so no other test's component scan picks it up; passed as a source instead. */
	static class TestClock {

		@Bean
		@Primary
		MutableClock clusterTestClock() {
			return CLOCK;
		}

	}

}
