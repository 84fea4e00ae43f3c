package io.studycoach.slack.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Messages tab from Slack's side: message.im events (shaped as in Slack's event reference)
 * acknowledged at once, answered with chat.postMessage in the member's DM.
 */
class MessagesTabTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Duration ACK = Duration.ofSeconds(1);

	@Autowired
	private QuestionBank bank;

	/** A member and a DM of this test's own, so that a reply still on its way from an earlier test is never counted. */
	private String user;

	private String dm;

	private int events;

	@BeforeEach
	void nameTheMember() {
		this.user = "UM" + this.team.substring(1);
		this.dm = "DM" + this.team.substring(1);
	}

	@Test
	void aGreetingGetsWhatTheCoachDoesItsWordsAndAQuizMeButton() throws Exception {
		send("hello <!channel>");

		JsonNode reply = awaitReplies(1).get(0);
		assertThat(reply.path("text").asText()).contains("Study Coach")
			.contains("`quiz`")
			.contains("`stats`")
			.contains("`help`")
			.contains("`d1` … `d6`")
			.contains("/quiz stats")
			.doesNotContain("<!channel>");
		assertThat(reply.path("blocks").toString()).contains("\"action_id\":\"home_quiz\"").contains("Quiz me");
		assertThat(BlockKitLimits.violations(reply)).isEmpty();
	}

	@Test
	void quizStatsHelpAndADomainActLikeTheCommands() throws Exception {
		send("quiz");
		assertThat(awaitReplies(1).get(0).path("blocks").toString()).contains("\"action_id\":\"answer_");
		send("Stats?");
		assertThat(awaitReplies(2).get(1).path("text").asText()).contains("Your study progress").contains("No streak running");
		send("help");
		assertThat(awaitReplies(3).get(2).path("text").asText()).contains("/quiz stats").contains("/quiz subscribe");
		send("quiz d4");
		assertThat(question(awaitReplies(4).get(3)).domain()).isEqualTo("d4");
		send("monitoring");
		assertThat(question(awaitReplies(5).get(4)).domain()).isEqualTo("d6");
		send("what is a feature store, and which product would you use for one?");
		assertThat(awaitReplies(6).get(5).path("blocks").toString()).contains("home_quiz");
	}

	@Test
	void aQuestionAskedByDmIsAnsweredLikeAnyOther() throws Exception {
		send("quiz me");
		JsonNode message = awaitReplies(1).get(0);
		Question question = question(message);
		List<String> right = Answers.right(question);

		this.slack.interaction(question.multiSelect()
				? Interactions.submit(this.team, this.user, deliveryId(message), right, "dm-answer")
				: Interactions.button(this.team, this.user, "answer_" + right.get(0), deliveryId(message), "dm-answer"));

		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("dm-answer").isEmpty());
		assertThat(SlackStub.responses("dm-answer").get(0).toString()).contains("Right!");
		assertThat(redis().hget("sc:{" + this.team + "}:u:" + this.user + ":stats", "answered")).isEqualTo("1");
	}

	@Test
	void theQuizMeButtonInTheDmSendsAQuestion() {
		Map<String, Object> click = Interactions.button(this.team, this.user, "home_quiz", "quiz", "quiz-me");

		assertThat(this.slack.interaction(click).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> SlackStub.calls("chat.postMessage").stream().anyMatch(c -> this.user.equals(c.get("channel"))
					&& c.getOrDefault("blocks", "").contains("\"answer_")));
	}

	@Test
	void aDmIsAcknowledgedBeforeSlackTakesTheReplyAndAThreadIsAnsweredInTheThread() throws Exception {
		SlackStub.server()
			.stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"ok\":true,\"channel\":\"D0DM\",\"ts\":\"1772500000.000300\"}")
					.withFixedDelay(2_000)));
		Map<String, Object> inThread = message("stats");
		inThread.put("thread_ts", "1772500000.000050");
		warmUp();

		long started = System.nanoTime();
		int status = this.slack.event(this.team, "Ev" + this.team + "T", inThread, 0).statusCode();
		Duration ack = Duration.ofNanos(System.nanoTime() - started);

		assertThat(status).isEqualTo(200);
		assertThat(ack).isLessThan(ACK);
		assertThat(awaitReplies(1).get(0).path("thread_ts").asText()).isEqualTo("1772500000.000050");
	}

	@Test
	void theCoachsOwnMessagesOtherBotsEditsAndOtherChannelsGetNoReplyButAreAcknowledged() throws Exception {
		Map<String, Object> own = message("help");
		own.put("user", SlackStub.BOT_USER);
		own.put("bot_id", "B0COACH");
		Map<String, Object> bot = message("help");
		bot.put("bot_id", "B0OTHER");
		Map<String, Object> edited = new LinkedHashMap<>(Map.of("type", "message", "subtype", "message_changed",
				"channel", this.dm, "channel_type", "im", "hidden", true, "ts", "1772500000.000400", "event_ts",
				"1772500000.000400", "message", Map.of("type", "message", "user", this.user, "text", "help", "ts",
						"1772500000.000100")));
		Map<String, Object> inChannel = message("help");
		inChannel.put("channel", "C0STUDY");
		inChannel.put("channel_type", "channel");

		for (Map<String, Object> event : List.of(own, bot, edited, inChannel)) {
			assertThat(this.slack.event(this.team, "Ev" + this.team + (++this.events), event, 0).statusCode())
				.as("%s", event)
				.isEqualTo(200);
		}
		// Filtered before the ack: by the time a real message's reply is out, none of those had one.
		send("help");
		assertThat(awaitReplies(1)).hasSize(1);
		assertThat(SlackStub.calls("chat.postMessage").stream().filter(c -> "C0STUDY".equals(c.get("channel"))))
			.isEmpty();
	}

	@Test
	void aRetriedDmIsAnsweredOnce() throws Exception {
		Map<String, Object> event = message("help");
		String eventId = "Ev" + this.team + "R";

		for (int retry = 0; retry <= 2; retry++) {
			assertThat(this.slack.event(this.team, eventId, event, retry).statusCode()).isEqualTo(200);
		}

		awaitReplies(1);
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> replies().size() == 1);
	}

	private void send(String text) {
		assertThat(this.slack.event(this.team, "Ev" + this.team + (++this.events), message(text), 0).statusCode())
			.isEqualTo(200);
	}

	/** A message.im event's inner event, as Slack's event reference shows it. */
	private Map<String, Object> message(String text) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "message");
		event.put("channel", this.dm);
		event.put("user", this.user);
		event.put("text", text);
		event.put("ts", "1772500000.000100");
		event.put("event_ts", "1772500000.000100");
		event.put("channel_type", "im");
		return event;
	}

	/** The coach's messages in the DM, oldest first, as text and blocks. */
	private List<JsonNode> replies() {
		return SlackStub.calls("chat.postMessage").stream().filter(c -> this.dm.equals(c.get("channel"))).map(c -> {
			try {
				JsonNode blocks = JSON.readTree(c.getOrDefault("blocks", "[]"));
				return (JsonNode) JSON.createObjectNode()
					.put("text", c.get("text"))
					.put("thread_ts", c.getOrDefault("thread_ts", ""))
					.set("blocks", blocks);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private List<JsonNode> awaitReplies(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> replies().size() >= count);
		return replies();
	}

	private Question question(JsonNode message) {
		String stored = redis().get("sc:{" + this.team + "}:dlv:" + deliveryId(message));
		assertThat(stored).as("delivery stored in Redis").isNotNull();
		return this.bank.question(stored.split("\\|")[1]).orElseThrow();
	}

	private static String deliveryId(JsonNode message) {
		for (JsonNode block : message.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("action_id").asText().startsWith("answer_")
						&& element.path("type").asText().equals("button")) {
					return element.path("value").asText();
				}
			}
		}
		throw new AssertionError("No answer button in " + message);
	}

	/** The first request of a fresh application context also starts Bolt; keep that out of the timing. */
	private void warmUp() {
		assertThat(this.slack.command(this.team, "U0WARM", "C0ANY", "help", SlackStub.responseUrl("warm")).statusCode())
			.isEqualTo(200);
	}

}
