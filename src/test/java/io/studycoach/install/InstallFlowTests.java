package io.studycoach.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.studycoach.support.SlackPosts.questions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coach as a distributed app: a workspace installs it through /slack/install and Slack's
 * consent page (played by the test, as the browser), uses it with its own bot token, uninstalls it,
 * and installs it again. Slack's Web API, oauth.v2.access included, is the WireMock stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slack.client-id=1111.2222", "slack.client-secret=test-client-secret-0123",
				"slack.signing-secret=" + SlackRequests.SIGNING_SECRET })
@Import(CoachIntegrationTest.TestClockConfiguration.class)
class InstallFlowTests {

	private static final Pattern AUTHORIZE_LINK = Pattern.compile("https://slack\\.com/oauth/v2/authorize\\?[^\"'<> ]+");

	private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private MutableClock clock;

	@Autowired
	private DeliveryTick tick;

	private SlackRequests slack;

	private String team;

	private String token;

	@Autowired
	private RedisInstallationService installations;

	@DynamicPropertySource
	static void coachProperties(DynamicPropertyRegistry registry) {
		CoachIntegrationTest.testSettings(registry);
		// Installing workspaces needs the key that seals their tokens; a fresh one for this context.
		registry.add("coach.install.token-key", TokenSealTests::newKey);
	}

	@BeforeEach
	void setUp() {
		SlackStub.reset();
		this.clock.set(CoachIntegrationTest.START);
		this.slack = new SlackRequests(this.port);
		this.team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		this.token = "xoxb-" + this.team + "-installed";
		redis().del("sc:teams");
	}

	@Test
	void aWorkspaceInstallsUsesUninstallsAndComesBack() throws Exception {
		assertThat(install().statusCode()).isEqualTo(200);
		assertThat(this.installations.findBot(null, this.team).getBotAccessToken()).isEqualTo(this.token);
		assertThat(this.installations.findInstaller(null, this.team, "U0INSTALLER").getInstallerUserAccessToken())
			.isEqualTo("xoxp-" + this.team + "-user");
		assertNoTokenInClear();

		// The workspace's own token carries its calls: users.info for the zone, then the daily DM.
		this.slack.command(this.team, "U0LEARNER", "D0LEARNER", "subscribe 09:00 daily", SlackStub.responseUrl("sub"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("sub").isEmpty());
		assertThat(SlackStub.responses("sub").get(0).toString()).contains("09:00");
		at("2026-03-03T17:00:00Z");
		assertThat(questions("U0LEARNER")).hasSize(1);
		assertThat(SlackStub.tokens("chat.postMessage")).containsOnly(this.token);
		assertThat(SlackStub.tokens("users.info")).containsOnly(this.token);
		String stats = "sc:{" + this.team + "}:subscribers";
		assertThat(redis().ttl(stats)).isEqualTo(-1);

		// Slack sends both events when a workspace removes the app; here the token's goes first.
		this.slack.event(this.team, "Ev1" + this.team, tokensRevoked(), 0);
		this.slack.event(this.team, "Ev2" + this.team, Map.of("type", "app_uninstalled"), 0);
		assertRemoved();
		at("2026-03-04T17:00:00Z");
		assertThat(questions("U0LEARNER")).as("no DM once uninstalled").hasSize(1);

		// A command from the workspace now finds no installation: the coach asks no question.
		int handedOut = redis().keys("sc:{" + this.team + "}:dlv:*").size();
		this.slack.command(this.team, "U0LEARNER", "D0LEARNER", "", SlackStub.responseUrl("after"));
		assertThat(redis().keys("sc:{" + this.team + "}:dlv:*")).hasSize(handedOut);

		// Installing again within 30 days brings the schedule and the progress back.
		this.token = "xoxb-" + this.team + "-again";
		assertThat(install().statusCode()).isEqualTo(200);
		assertNoTokenInClear();
		assertThat(redis().ttl(stats)).isEqualTo(-1);
		assertThat(redis().smembers("sc:teams")).contains(this.team);
		at("2026-03-05T17:00:00Z");
		assertThat(questions("U0LEARNER")).hasSize(2);
		List<String> tokens = SlackStub.tokens("chat.postMessage");
		assertThat(tokens.get(tokens.size() - 1)).isEqualTo(this.token);
	}

	@Test
	void uninstallEventsInTheOtherOrderAndRetriedCountOnce() throws Exception {
		install();
		this.slack.command(this.team, "U0LEARNER", "D0LEARNER", "subscribe 09:00 daily", SlackStub.responseUrl("sub2"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("sub2").isEmpty());

		this.slack.event(this.team, "Ev3" + this.team, Map.of("type", "app_uninstalled"), 0);
		this.slack.event(this.team, "Ev3" + this.team, Map.of("type", "app_uninstalled"), 1);
		this.slack.event(this.team, "Ev4" + this.team, tokensRevoked(), 0);
		assertRemoved();
		at("2026-03-03T17:00:00Z");
		assertThat(questions("U0LEARNER")).isEmpty();
	}

	@Test
	void aWorkspaceWhoseTokenSlackRefusesIsRemovedBeforeAnyEventArrives() throws Exception {
		install();
		this.slack.command(this.team, "U0LEARNER", "D0LEARNER", "subscribe 09:00 daily", SlackStub.responseUrl("sub3"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("sub3").isEmpty());
		SlackStub.error("chat.postMessage", "token_revoked");

		at("2026-03-03T17:00:00Z");

		assertRemoved();
	}

	@Test
	void theInstallAsksForExactlyTheManifestsScopes() throws Exception {
		HttpResponse<String> page = get("/slack/install", null);
		Map<String, String> query = query(authorizeLink(page));
		JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Path.of("manifest.yml").toFile());
		List<String> scopes = new ArrayList<>();
		manifest.at("/oauth_config/scopes/bot").forEach(scope -> scopes.add(scope.asText()));
		assertThat(query.get("scope").split(",")).containsExactlyInAnyOrderElementsOf(scopes);
		assertThat(query.get("client_id")).isEqualTo("1111.2222");
		assertThat(query.get("state")).isNotBlank();
	}

	@Test
	void aRedirectWithAStateThisCoachDidNotIssueInstallsNothing() throws Exception {
		stubAccess();
		HttpResponse<String> forged = get("/slack/oauth_redirect?code=c0de&state=forged-state", null);
		assertThat(forged.statusCode()).isEqualTo(400);
		assertThat(forged.body()).contains("/slack/install");
		assertThat(SlackStub.calls("oauth.v2.access")).isEmpty();
		assertThat(redis().exists("sc:{" + this.team + "}:install:bot")).isZero();

		// A real state, but from another browser (no cookie): refused too.
		String state = query(authorizeLink(get("/slack/install", null))).get("state");
		HttpResponse<String> elsewhere = get("/slack/oauth_redirect?code=c0de&state=" + state, null);
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		assertThat(redis().exists("sc:{" + this.team + "}:install:bot")).isZero();
	}

	/** /slack/install, the consent page (skipped: Slack's), then the redirect back with a code. */
	private HttpResponse<String> install() throws Exception {
		stubAccess();
		HttpResponse<String> page = get("/slack/install", null);
		assertThat(page.statusCode()).isEqualTo(200);
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String state = query(authorizeLink(page)).get("state");
		HttpResponse<String> done = get("/slack/oauth_redirect?code=c0de-" + this.team + "&state=" + state, cookie);
		Map<String, String> exchange = SlackStub.calls("oauth.v2.access").get(SlackStub.calls("oauth.v2.access").size() - 1);
		assertThat(exchange).containsEntry("code", "c0de-" + this.team);
		return done;
	}

	private void stubAccess() {
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/oauth.v2.access")).atPriority(1)
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"ok":true,"app_id":"A0COACH","authed_user":{"id":"U0INSTALLER","access_token":"xoxp-%s-user"},
					"scope":"commands,chat:write","token_type":"bot","access_token":"%s",
					"bot_user_id":"%s","team":{"id":"%s","name":"Installed"},"enterprise":null,
					"is_enterprise_install":false}""".formatted(this.team, this.token, SlackStub.BOT_USER, this.team))));
	}

	/** Every value the workspace has in Redis, read raw: no bot (xoxb-) or user (xoxp-) token in clear. */
	private void assertNoTokenInClear() {
		List<String> keys = redis().keys("sc:{" + this.team + "}:*");
		assertThat(keys).contains("sc:{" + this.team + "}:install:bot", "sc:{" + this.team + "}:install:installer");
		for (String key : keys) {
			if ("string".equals(redis().type(key))) {
				assertThat(redis().get(key)).as(key).doesNotContain("xoxb-").doesNotContain("xoxp-");
			}
		}
	}

	private void assertRemoved() {
		String prefix = "sc:{" + this.team + "}:";
		await().atMost(Duration.ofSeconds(10)).until(() -> redis().exists(prefix + "install:bot") == 0);
		assertThat(redis().exists(prefix + "install:installer")).isZero();
		assertThat(redis().smembers("sc:teams")).doesNotContain(this.team);
		List<String> keys = redis().keys(prefix + "*");
		assertThat(keys).isNotEmpty();
		long thirtyDays = Duration.ofDays(30).toSeconds();
		for (String key : keys) {
			assertThat(redis().ttl(key)).as(key).isBetween(1L, thirtyDays);
		}
		assertThat(redis().ttl(prefix + "subscribers")).isGreaterThan(thirtyDays - 60);
	}

	private static Map<String, Object> tokensRevoked() {
		Map<String, Object> tokens = new LinkedHashMap<>();
		tokens.put("oauth", List.of());
		tokens.put("bot", List.of(SlackStub.BOT_USER));
		return Map.of("type", "tokens_revoked", "tokens", tokens);
	}

	private void at(String instant) {
		this.clock.set(Instant.parse(instant));
		this.tick.run();
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.browser.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String authorizeLink(HttpResponse<String> page) {
		Matcher link = AUTHORIZE_LINK.matcher(page.body().replace("&amp;", "&"));
		assertThat(link.find()).as("a link to Slack's consent page in " + page.body()).isTrue();
		return link.group();
	}

	private static Map<String, String> query(String url) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
			String[] kv = pair.split("=", 2);
			query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
		}
		return query;
	}

	private static RedisCommands<String, String> redis() {
		return TestRedis.connection().sync();
	}

}
