package io.studycoach.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Range;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.StudyCoachApplication;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import static io.studycoach.support.SlackPosts.questions;
import static io.studycoach.support.SlackStub.awaitResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A wrong setting never costs a workspace its data. A coach serving a study channel and a subscriber
 * (both due at 09:00) is restarted by mistake without its Slack settings, or with the bot token of
 * another workspace, against the same Redis; then with the right settings. The mistaken start sends
 * nothing, records nothing and pauses nothing, and the right one sends the day's questions.
 */
@ExtendWith(OutputCaptureExtension.class)
class WrongSettingsRestartTests {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CHANNEL = "C0WRONG";

	private static final String MEMBER = "U0WRONGM";

	private final String team = "T0WR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final String stream = "sc:fanout:" + this.team;

	private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	@BeforeEach
	void setUp() {
		SlackStub.reset();
		SlackStub.tokenOf(this.team);
		CLOCK.set(Instant.parse("2026-03-02T12:00:00Z"));
		redis().del("sc:teams");
	}

	@AfterEach
	void stopApps() {
		this.apps.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aRestartWithoutSlackSettingsOnTheSameRedisIsRefusedAndTheDueSendsGoOutAfterTheRightOne(CapturedOutput output) {
		studyGroupDueAtNine();
		CLOCK.set(Instant.parse("2026-03-03T09:00:00Z"));

		// A secret not mounted: no Slack settings at all, REDIS_URL still set.
		assertThatException().isThrownBy(() -> start("--slack.bot-token=", "--slack.signing-secret="));

		assertThat(output).contains("Slack settings are missing (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for one "
				+ "workspace, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET for installs) but "
				+ "REDIS_URL is set, so the coach will not start its sandbox on that Redis: set them, or set "
				+ "COACH_SANDBOX=true to run the local sandbox on purpose")
			.doesNotContain("running the local Slack sandbox")
			.doesNotContain("\tat io.studycoach");
		assertUntouched();

		ConfigurableApplicationContext right = start();
		assertThat(right.getBean(DeliveryTick.class).run()).isEqualTo(2);

		assertThat(questions(CHANNEL)).hasSize(1);
		assertThat(questions(MEMBER)).hasSize(1);
	}

	@Test
	void aTokenOfAnotherWorkspaceLeavesThisOnesWorkUntouchedAndHealthSaysWhy(CapturedOutput output) throws Exception {
		studyGroupDueAtNine();
		CLOCK.set(Instant.parse("2026-03-03T09:00:00Z"));
		// What that token would get for this workspace's channel and members.
		SlackStub.server().resetRequests();
		SlackStub.tokenOf("T0OTHERWS");
		SlackStub.error("chat.postMessage", "channel_not_found");
		SlackStub.error("users.info", "user_not_found");
		SlackStub.error("conversations.open", "user_not_found");

		ConfigurableApplicationContext wrong = start("--slack.bot-token=xoxb-9999-8888-otherworkspace");
		assertThat(wrong.getBean(DeliveryTick.class).run()).isZero();

		assertThat(SlackStub.calls("chat.postMessage")).isEmpty();
		assertThat(SlackStub.calls("users.info")).isEmpty();
		assertUntouched();
		assertThat(output.getAll().lines().filter(line -> line.contains("Serving workspace T0OTHERWS")).toList())
			.singleElement()
			.asString()
			.contains("1 other workspace(s) found in Redis are left untouched");
		JsonNode health = health(wrong);
		assertThat(health.path("status").asText()).isEqualTo("UP");
		assertThat(health.path("description").asText())
			.contains("1 other workspace(s) found in Redis are left untouched: SLACK_BOT_TOKEN belongs to T0OTHERWS");
		wrong.close();

		SlackStub.reset();
		SlackStub.tokenOf(this.team);
		ConfigurableApplicationContext right = start();
		assertThat(right.getBean(DeliveryTick.class).run()).isEqualTo(2);

		assertThat(questions(CHANNEL)).hasSize(1);
		assertThat(questions(MEMBER)).hasSize(1);
	}

	/** With the right settings: a study channel and a subscriber, both due at 09:00 UTC; then stopped. */
	private void studyGroupDueAtNine() {
		ConfigurableApplicationContext first = start();
		SlackRequests slack = new SlackRequests(port(first));
		SlackStub.userZone(MEMBER, "UTC");
		slack.command(this.team, "U0LEAD", CHANNEL, "setup 09:00 UTC daily", SlackStub.responseUrl(this.team + "setup"));
		awaitResponse(this.team + "setup");
		slack.command(this.team, MEMBER, "D0" + MEMBER, "subscribe 09:00 daily", SlackStub.responseUrl(this.team + "sub"));
		awaitResponse(this.team + "sub");
		first.close();
		assertThat(redis().zscore("sc:{" + this.team + "}:due", "ch:" + CHANNEL)).isNotNull();
		assertThat(redis().zscore("sc:{" + this.team + "}:due", "dm:" + MEMBER)).isNotNull();
	}

	/** Nothing sent, recorded, paused or unsubscribed: the two targets are still due. */
	private void assertUntouched() {
		assertThat(questions(CHANNEL)).isEmpty();
		assertThat(questions(MEMBER)).isEmpty();
		assertThat(redis().keys("sc:{" + this.team + "}:sent:*")).isEmpty();
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "paused")).isNotEqualTo("1");
		assertThat(redis().sismember("sc:{" + this.team + "}:subscribers", MEMBER)).isTrue();
		assertThat(redis().zrangebyscore("sc:{" + this.team + "}:due", Range.create(0, (double) CLOCK.instant().getEpochSecond())))
			.containsExactlyInAnyOrder("ch:" + CHANNEL, "dm:" + MEMBER);
	}

	/** Starts a coach on the test's Redis; {@code settings} ("--name=value") replace the right ones. */
	private ConfigurableApplicationContext start(String... settings) {
		Map<String, String> args = new LinkedHashMap<>();
		Stream.concat(Stream.of("--server.port=0", "--slack.bot-token=xoxb-1111-2222-testtoken",
				"--slack.signing-secret=" + SlackRequests.SIGNING_SECRET, "--slack.api-url=" + SlackStub.apiUrl(),
				"--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-", "--coach.slack.retry.backoff=20ms",
				"--coach.slack.retry.channel-spacing=10ms", "--coach.delivery.stream=" + this.stream), Stream.of(settings))
			.forEach(arg -> args.put(arg.substring(0, arg.indexOf('=')), arg));
		ConfigurableApplicationContext app = new SpringApplicationBuilder(StudyCoachApplication.class, SharedClock.class)
			.run(args.values().toArray(String[]::new));
		this.apps.add(app);
		return app;
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static JsonNode health(ConfigurableApplicationContext app) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port(app) + "/actuator/health/workspaces"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

	private static RedisCommands<String, String> redis() {
		return TestRedis.connection().sync();
	}

	@Configuration(proxyBeanMethods = false)
	static class SharedClock {

		@Bean
		@Primary
		MutableClock sharedClock() {
			return CLOCK;
		}

	}

}
