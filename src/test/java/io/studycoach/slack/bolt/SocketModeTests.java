package io.studycoach.slack.bolt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.QuestionBank;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackStub;
import io.studycoach.support.SocketModeStandIn;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coach over Socket Mode, against a stand-in for Slack's side of it: the link is connected only
 * after hello, commands, clicks and events are acknowledged on the connection, a refresh and a refused
 * handshake show in health and heal by themselves, and a burst of clicks is acknowledged in parallel.
 */
@TestPropertySource(properties = { "slack.app-token=xapp-1-A0COACH-1-testtoken", "slack.socket-mode.grace=2s" })
// The connection belongs to this class's stand-in: close the coach after the class rather than leave it
// reconnecting in Spring's context cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SocketModeTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Lives for the test run (a daemon); the coach's context closes after this class. */
	private static final SocketModeStandIn SOCKET = SocketModeStandIn.launch();

	private static final String CHANNEL = "C0STUDY";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private QuestionBank bank;

	@Autowired
	private SocketModeLink link;

	@DynamicPropertySource
	static void socketMode(DynamicPropertyRegistry registry) {
		// apps.connections.open must answer as the coach starts, before any test's set-up runs.
		SlackStub.reset();
		SOCKET.stubConnectionsOpen();
	}

	@BeforeEach
	void linkIsUp() {
		// The superclass's set-up reset WireMock, and a reconnect asks apps.connections.open again.
		SOCKET.stubConnectionsOpen();
		SOCKET.refuseHandshakes(false);
		SOCKET.releaseHello();
		await().atMost(WAIT).until(() -> state() == SocketModeLink.State.CONNECTED);
	}

	@Test
	void theLinkIsConnectedAfterSlacksHelloAndHealthSaysSo() throws Exception {
		JsonNode health = health();

		assertThat(health.path("status").asText()).isEqualTo("UP");
		assertThat(linkHealth()).isEqualTo("UP");
		assertThat(state()).isEqualTo(SocketModeLink.State.CONNECTED);
		assertThat(SOCKET.hellosSent()).isGreaterThanOrEqualTo(1);
		assertThat(SOCKET.openConnections()).isEqualTo(1);
		assertThat(health.toString()).doesNotContain("xapp-").doesNotContain("xoxb-");
	}

	@Test
	void aSlashCommandIsAcknowledgedWithTheQuestionOnTheConnection() {
		String envelope = SOCKET.slashCommand(commandPayload("U0QUIZ", "", "quiz"));

		JsonNode question = questionFrom(awaitAck(envelope), "quiz");

		assertThat(question.path("response_type").asText()).isEqualTo("ephemeral");
		assertThat(question.toString()).contains("\"answer_");
	}

	@Test
	void anAnswerClickIsAcknowledgedAndItsFeedbackFollows() {
		JsonNode question = questionFrom(awaitAck(SOCKET.slashCommand(commandPayload("U0CLICK", "", "ask"))), "ask");
		String delivery = SlackPosts.deliveryId(question);
		List<String> right = rightLetters(delivery);

		String envelope = SOCKET.interactive(right.size() == 1
				? Interactions.button(this.team, "U0CLICK", "answer_" + right.get(0), delivery, "click")
				: Interactions.submit(this.team, "U0CLICK", delivery, right, "click"));

		assertThat(awaitAck(envelope).payload()).as("a click's ack carries nothing").isNull();
		await().atMost(WAIT).until(() -> !SlackStub.responses("click").isEmpty());
		assertThat(SlackStub.responses("click").get(0).toString()).contains("Right!");
		assertThat(redis().hget("sc:{" + this.team + "}:u:U0CLICK:stats", "right")).isEqualTo("1");
	}

	@Test
	void anEventIsHandledOnceEvenWhenSlackDeliversItAgain() {
		Map<String, Object> homeOpened = Map.of("type", "app_home_opened", "user", "U0HOME", "channel", "D0HOME",
				"tab", "home", "event_ts", "1772500000.000100");

		String first = SOCKET.event(callback("Ev0HOME1", homeOpened), 0);
		awaitAck(first);
		await().atMost(WAIT).until(() -> homePublishes("U0HOME") == 1);
		String retry = SOCKET.event(callback("Ev0HOME1", homeOpened), 1);
		awaitAck(retry);
		// A different event afterwards, to know the retry had its chance to publish too.
		awaitAck(SOCKET.event(callback("Ev0HOME2", Map.of("type", "app_home_opened", "user", "U0OTHER", "channel",
				"D0OTHER", "tab", "home", "event_ts", "1772500000.000200")), 0));
		await().atMost(WAIT).until(() -> homePublishes("U0OTHER") == 1);

		assertThat(homePublishes("U0HOME")).isEqualTo(1);
	}

	@Test
	void aRefreshRequestOpensANewConnectionAndCommandsKeepComing() {
		int urls = SocketModeStandIn.connectionsOpenCalls();
		int opened = SOCKET.connectionsOpened();

		SOCKET.refresh();

		await().atMost(WAIT).until(() -> SOCKET.connectionsOpened() > opened && SOCKET.openConnections() == 1);
		assertThat(SocketModeStandIn.connectionsOpenCalls()).as("a fresh URL from apps.connections.open")
			.isGreaterThan(urls);
		await().atMost(WAIT).until(() -> state() == SocketModeLink.State.CONNECTED);
		JsonNode question = questionFrom(awaitAck(SOCKET.slashCommand(commandPayload("U0AFTER", "", "after"))), "after");
		assertThat(question.toString()).contains("\"answer_");
	}

	@Test
	void aRefusedHandshakeTurnsHealthDownUntilSlackSaysHelloAgain(CapturedOutput output) throws Exception {
		SOCKET.refuseHandshakes(true);
		SOCKET.dropConnections();

		// Bolt tries again within seconds and is refused; past the 2 s grace, health says DOWN.
		await().atMost(WAIT).until(() -> SOCKET.handshakesRefused() > 0 && "DOWN".equals(linkHealth()));
		assertThat(health().path("status").asText()).isEqualTo("DOWN");
		assertThat(this.link.status().problem()).isNotEmpty();

		// The handshake succeeds, but no hello yet: not connected.
		int mark = output.getOut().length();
		SOCKET.holdHello(true);
		SOCKET.refuseHandshakes(false);
		await().atMost(WAIT).until(() -> SOCKET.openConnections() == 1);
		assertThat(linkHealth()).isEqualTo("DOWN");
		assertThat(state()).isEqualTo(SocketModeLink.State.DOWN);
		assertThat(output.getOut().substring(mark)).doesNotContain("Slack Socket Mode: connected");

		SOCKET.releaseHello();

		await().atMost(WAIT).until(() -> "UP".equals(linkHealth()));
		assertThat(health().path("status").asText()).isEqualTo("UP");
		assertThat(state()).isEqualTo(SocketModeLink.State.CONNECTED);
		assertThat(output.getOut().substring(mark)).contains("Slack Socket Mode: connected again");
	}

	@Test
	void fortyClicksOnAChannelQuestionAreAllAcknowledgedWithinASecondWhileUsersInfoTakes200ms() {
		awaitAck(SOCKET.slashCommand(commandIn("U0LEAD", "setup 09:00 UTC", "setup")));
		await().atMost(WAIT).until(() -> !SlackStub.responses("setup").isEmpty());
		awaitAck(SOCKET.slashCommand(commandIn("U0LEAD", "post", "post")));
		await().atMost(WAIT).until(() -> SlackStub.responses("post").toString().contains("Posted today's question"));
		String delivery = SlackPosts.deliveryId(SlackPosts.lastQuestion(CHANNEL));
		List<String> right = rightLetters(delivery);
		// Members the coach has not seen: each click's users.info takes 200 ms.
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/users.info")).atPriority(1)
			.withRequestBody(containing("user=U0BURST"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(SlackStub.usersInfo("U0BURST", "Europe/Berlin")).withFixedDelay(200)));

		List<String> envelopes = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String user = "U0BURST" + i;
			envelopes.add(SOCKET.interactive(right.size() == 1
					? Interactions.button(this.team, user, "answer_" + right.get(0), delivery, "burst" + i)
					: Interactions.submit(this.team, user, delivery, right, "burst" + i)));
		}

		await().atMost(WAIT).until(() -> envelopes.stream().allMatch(SOCKET::acked));
		long[] millis = envelopes.stream().mapToLong(id -> SOCKET.ack(id).millis()).sorted().toArray();
		long max = millis[millis.length - 1];
		System.out.printf("Socket Mode: 40 channel-question clicks, users.info at 200 ms: ack median %d ms, slowest %d ms%n",
				millis[millis.length / 2], max);
		await().atMost(WAIT).until(() -> SlackStub.calls("chat.update").stream()
			.anyMatch(c -> c.getOrDefault("blocks", "").contains("40 answered")));
		assertThat(max).as("the slowest of 40 acks, in ms").isLessThan(1_000);
	}

	// --- Slack's payloads, as Socket Mode carries them (JSON, not form fields) ---

	private Map<String, Object> commandPayload(String user, String text, String responseName) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("token", "unused-verification-token");
		payload.put("team_id", this.team);
		payload.put("team_domain", "study");
		payload.put("channel_id", "D0" + user);
		payload.put("channel_name", "directmessage");
		payload.put("user_id", user);
		payload.put("user_name", "learner");
		payload.put("command", "/quiz");
		payload.put("text", text);
		payload.put("api_app_id", "A0COACH");
		payload.put("is_enterprise_install", "false");
		payload.put("response_url", SlackStub.responseUrl(responseName));
		payload.put("trigger_id", "1.2.3");
		return payload;
	}

	private Map<String, Object> commandIn(String user, String text, String responseName) {
		Map<String, Object> payload = commandPayload(user, text, responseName);
		payload.put("channel_id", CHANNEL);
		payload.put("channel_name", "pmle-study");
		return payload;
	}

	private Map<String, Object> callback(String eventId, Map<String, Object> event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token", "unused-verification-token");
		body.put("team_id", this.team);
		body.put("api_app_id", "A0COACH");
		body.put("event", event);
		body.put("type", "event_callback");
		body.put("event_id", eventId);
		body.put("event_time", Instant.now().getEpochSecond());
		return body;
	}

	// --- reading the results ---

	private static SocketModeStandIn.Ack awaitAck(String envelope) {
		await().atMost(WAIT).until(() -> SOCKET.acked(envelope));
		return SOCKET.ack(envelope);
	}

	/** The question a command handed out: in its ack, or through its response_url when acked empty. */
	private static JsonNode questionFrom(SocketModeStandIn.Ack ack, String responseName) {
		if (ack.payload() != null && ack.payload().has("blocks")) {
			return ack.payload();
		}
		await().atMost(WAIT).until(() -> !SlackStub.responses(responseName).isEmpty());
		return SlackStub.responses(responseName).get(0);
	}

	private List<String> rightLetters(String delivery) {
		String question = redis().get("sc:{" + this.team + "}:dlv:" + delivery).split("\\|")[1];
		return Answers.right(this.bank.question(question).orElseThrow());
	}

	private static long homePublishes(String user) {
		return SlackStub.calls("views.publish").stream().filter(c -> user.equals(c.get("user_id"))).count();
	}

	private JsonNode health() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

	/** The Socket Mode link's component in /actuator/health. */
	private String linkHealth() throws Exception {
		return health().path("components").path("slackSocketMode").path("status").asText();
	}

	private SocketModeLink.State state() {
		return this.link.status().state();
	}

}
