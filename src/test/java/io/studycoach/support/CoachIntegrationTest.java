package io.studycoach.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.delivery.ServedTeams;
import io.studycoach.redis.RedisKeys;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;

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

	/** The channel {@link #command} speaks in. */
	public static final String STUDY_CHANNEL = "C0STUDY";

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected DeliveryTick tick;

	@Autowired
	protected QuestionBank bank;

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
		// Nor the hourly question analysis: its quarantines are deployment-wide and would reach other tests.
		registry.add("coach.quality.cron", () -> "-");
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

	/** {@code /quiz text} from {@code user} in the study channel; the coach's reply at response_url {@code responseName}. */
	protected JsonNode command(String user, String text, String responseName) {
		return commandIn(STUDY_CHANNEL, user, text, responseName);
	}

	protected JsonNode commandIn(String channel, String user, String text, String responseName) {
		return this.slack.commandReply(this.team, user, channel, text, responseName);
	}

	/** {@code user} answers a delivered question with {@code letters}; the feedback at response_url {@code responseName}. */
	protected JsonNode answer(String user, String deliveryId, List<String> letters, String responseName) {
		this.slack.answer(this.team, user, deliveryId, letters, responseName);
		return SlackStub.awaitResponse(responseName);
	}

	/** The question a delivery handed out, as the coach stored it. */
	protected Question deliveredQuestion(String deliveryId) {
		String stored = redis().get(RedisKeys.team(this.team).delivery(deliveryId));
		assertThat(stored).as("delivery %s stored in Redis", deliveryId).isNotNull();
		return this.bank.question(stored.split("\\|")[1]).orElseThrow();
	}

	/** The question a message (a post, or a reply to /quiz) asks. */
	protected Question deliveredQuestion(JsonNode message) {
		return deliveredQuestion(SlackPosts.deliveryId(message));
	}

	/** Moves the clock to {@code instant} and runs the delivery tick there, waiting for its sends. */
	protected void at(String instant) {
		this.clock.set(Instant.parse(instant));
		this.tick.run();
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
