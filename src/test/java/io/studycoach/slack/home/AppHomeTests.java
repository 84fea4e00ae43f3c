package io.studycoach.slack.home;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The App Home dashboard, published on app_home_opened, and its buttons. */
class AppHomeTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String USER = "U0HOME";

	@Test
	void openingTheHomeTabPublishesADashboardWithinSlacksLimits() throws Exception {
		SlackStub.userZone(USER, "Europe/Paris");
		this.slack.command(this.team, USER, "C0ANY", "", SlackStub.responseUrl("q"));

		openHome("Ev0HOME1");

		JsonNode view = awaitPublish(1);
		assertThat(view.path("type").asText()).isEqualTo("home");
		assertThat(BlockKitLimits.violations(JSON.createObjectNode().put("text", "home").set("blocks", view.path("blocks")),
				100)).isEmpty();
		// A newcomer: no 0-day streak and no row of zeros, but what to do first.
		assertThat(view.toString()).contains("No streak running: answer today to start one")
			.contains("No answers yet")
			.doesNotContain("Current streak")
			.contains("Readiness by domain")
			.contains("Accuracy by exam-guide section")
			.contains("Serving and scaling models (0/0)")
			.contains("data engineer's plan")
			.contains("home_quiz")
			.contains("No daily question by DM yet")
			.contains("home_subscribe")
			.contains("Your challenges");
		assertThat(SlackStub.calls("views.publish").get(0)).containsEntry("user_id", USER);
	}

	@Test
	void subscribingFromHomeSubscribesAndRepublishes() throws Exception {
		SlackStub.userZone(USER, "Europe/Paris");

		this.slack.interaction(homeButton("home_subscribe"));

		JsonNode view = awaitPublish(1);
		assertThat(view.toString()).contains("You get a question by DM on weekdays at *09:00* your time (Europe/Paris)")
			.contains("home_unsubscribe");
		assertThat(redis().sismember("sc:{" + this.team + "}:subscribers", USER)).isTrue();

		this.slack.interaction(homeButton("home_unsubscribe"));
		assertThat(awaitPublish(2).toString()).contains("home_subscribe");
		assertThat(redis().sismember("sc:{" + this.team + "}:subscribers", USER)).isFalse();
	}

	@Test
	void quizMeNowSendsAQuestionByDm() {
		this.slack.interaction(homeButton("home_quiz"));

		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> SlackStub.calls("chat.postMessage").stream().anyMatch(c -> USER.equals(c.get("channel"))));
		Map<String, String> dm = SlackStub.calls("chat.postMessage").get(0);
		assertThat(dm.get("blocks")).contains("answer_");
	}

	private void openHome(String eventId) {
		this.slack.event(this.team, eventId, Map.of("type", "app_home_opened", "user", USER, "channel", "D0HOME", "tab",
				"home", "event_ts", "1700000000.000100"), 0);
	}

	private Map<String, Object> homeButton(String actionId) {
		Map<String, Object> payload = new java.util.LinkedHashMap<>();
		payload.put("type", "block_actions");
		payload.put("team", Map.of("id", this.team, "domain", "study"));
		payload.put("user", Map.of("id", USER, "username", "home", "name", "home", "team_id", this.team));
		payload.put("api_app_id", "A0COACH");
		payload.put("token", "unused");
		payload.put("container", Map.of("type", "view", "view_id", "V0HOME"));
		payload.put("trigger_id", "1.2.3");
		payload.put("view", Map.of("id", "V0HOME", "type", "home", "team_id", this.team));
		payload.put("actions", List.of(Map.of("type", "button", "action_id", actionId, "block_id", "b", "value", "x",
				"action_ts", "1700000000.000100", "text", Map.of("type", "plain_text", "text", "x"))));
		return payload;
	}

	private static JsonNode awaitPublish(int publishes) throws Exception {
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> SlackStub.calls("views.publish").size() >= publishes);
		List<Map<String, String>> calls = SlackStub.calls("views.publish");
		return JSON.readTree(calls.get(publishes - 1).get("view"));
	}

}
