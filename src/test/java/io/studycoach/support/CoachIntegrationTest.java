package io.studycoach.support;

import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.delivery.ServedTeams;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole coach on a random port, with a real Redis and WireMock as Slack. Every test gets a
 * Slack team id of its own, so tests never see each other's data.
 */
// The Slack credentials are fixed properties rather than dynamic ones: they must be in place when the
// environment is prepared, or the coach would start its local sandbox instead.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slack.bot-token=xoxb-1111-2222-testtoken", "slack.signing-secret=" + SlackRequests.SIGNING_SECRET })
@Import(CoachIntegrationTest.TestClockConfiguration.class)
public abstract class CoachIntegrationTest {

	public static final Instant START = Instant.parse("2026-03-02T17:00:00Z");

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	private ServedTeams served;

	protected SlackRequests slack;

	protected String team;

	static {
		// Replies arrive within milliseconds; poll often so hundreds of simulated clicks stay quick.
		org.awaitility.Awaitility.setDefaultPollDelay(Duration.ZERO);
		org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(5));
	}

	@DynamicPropertySource
	static void coachProperties(DynamicPropertyRegistry registry) {
		testSettings(registry);
	}

	/** WireMock as Slack, the test Redis, no scheduled tick, short waits: for any full-context test. */
	public static void testSettings(DynamicPropertyRegistry registry) {
		registry.add("slack.api-url", SlackStub::apiUrl);
		registry.add("coach.redis.url", TestRedis::url);
		// The tests run the delivery tick themselves, at the moments they choose.
		registry.add("coach.delivery.cron", () -> "-");
		// A fan-out stream for each application context (the value is read once, when the settings are
		// bound): contexts that Spring caches for other test classes keep running and must not take its work.
		registry.add("coach.delivery.stream", () -> "sc:fanout:" + UUID.randomUUID());
		registry.add("coach.delivery.count-window", () -> "300ms");
		registry.add("coach.slack.retry.backoff", () -> "20ms");
		// Simulated days follow each other within milliseconds; Slack's one-a-second pace is tested on its own.
		registry.add("coach.slack.retry.channel-spacing", () -> "10ms");
	}

	@BeforeEach
	void setUpCoachTest() {
		SlackStub.reset();
		this.clock.set(START);
		this.slack = new SlackRequests(this.port);
		this.team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		// The delivery tick visits every workspace listed here; earlier tests' workspaces must not post.
		redis().del("sc:teams");
		// The coach serves only the workspace its bot token belongs to (learned from auth.test at start);
		// each test plays a workspace of its own, as if the token were that workspace's.
		this.served.serveOnly(this.team);
	}

	protected RedisCommands<String, String> redis() {
		return TestRedis.connection().sync();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class TestClockConfiguration {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

	}

}
