package io.studycoach.slack.home;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newcomer's Home tab explains the coach and offers a placement round: six questions, one per
 * exam-guide section, by DM one after another; their first answers seed the predicted score.
 */
class PlacementTests extends CoachIntegrationTest {

	@Autowired
	private LearnerAbilities abilities;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String USER = "U0NEWBIE";

	@Test
	void aNewcomersHomeExplainsTheCoachAndOffersSixQuestions() throws Exception {
		SlackStub.userZone(USER, "Europe/Paris");

		openHome("Ev0NEW1");

		JsonNode view = awaitPublish(1);
		assertThat(BlockKitLimits.violations(JSON.createObjectNode().put("text", "home").set("blocks", view.path("blocks")),
				100)).isEmpty();
		JsonNode intro = view.path("blocks").get(1);
		assertThat(intro.path("text").path("text").asText().split("\n")).hasSize(3);
		assertThat(intro.toString()).contains("a question each day", "private feedback with the why",
				"predicted exam score", "`/quiz`", "study channel", "practice exam");
		JsonNode start = view.path("blocks").get(2).path("elements").get(0);
		assertThat(start.path("action_id").asText()).isEqualTo("home_placement");
		assertThat(start.path("text").path("text").asText()).isEqualTo("Start with 6 questions");
		assertThat(start.path("style").asText()).isEqualTo("primary");
	}

	@Test
	void sixQuestionsOnePerSectionArriveByDmOneAfterAnotherAndSeedTheEstimate() throws Exception {
		SlackStub.userZone(USER, "Europe/Paris");

		HttpResponse<String> ack = this.slack.interaction(homeButton("home_placement", "placement"));
		assertThat(ack.statusCode()).isEqualTo(200);

		List<String> sections = new ArrayList<>();
		JsonNode feedback = null;
		for (int step = 0; step < 6; step++) {
			int expected = step + 1;
			await().atMost(Duration.ofSeconds(10)).until(() -> SlackPosts.questions(USER).size() >= expected);
			assertThat(SlackPosts.questions(USER)).hasSize(expected);
			JsonNode question = SlackPosts.lastQuestion(USER);
			assertThat(question.toString()).contains("Placement question " + expected + " of 6");
			String delivery = SlackPosts.deliveryId(question);
			Question asked = deliveredQuestion(delivery);
			sections.add(asked.section());
			List<String> letters = step % 2 == 0 ? Answers.right(asked) : Answers.wrong(asked);
			feedback = answer(USER, delivery, letters, "placement" + step);
			if (step < 5) {
				assertThat(SlackPosts.buttonValue(feedback, "placement_next")).isEqualTo(Integer.toString(step + 1));
				this.slack.interaction(Interactions.button(this.team, USER, "placement_next", Integer.toString(step + 1),
						"next" + step));
			}
		}

		assertThat(sections).containsExactly("1", "2", "3", "4", "5", "6");
		assertThat(feedback.toString()).contains("That's the placement round")
			.contains("/quiz stats")
			.doesNotContain("placement_next");
		assertThat(redis().hget(RedisKeys.team(this.team).learnerStats(USER), "answered")).isEqualTo("6");
		// Ordinary first answers: the readiness model learned from each of the six.
		assertThat(this.abilities.predict(this.team, USER).firstAnswers()).isEqualTo(6);

		openHome("Ev0NEW2");
		assertThat(awaitPublish(1).toString()).doesNotContain("home_placement").contains("home_quiz");
	}

	@Test
	void theStartClickIsAcknowledgedBeforeSlackIsAskedForTheMembersZone() {
		this.slack.command(this.team, "U0WARM", "C0ANY", "help", SlackStub.responseUrl("warm"));
		SlackStub.server()
			.stubFor(any(urlPathEqualTo("/api/users.info")).atPriority(1)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody(SlackStub.usersInfo(USER, "Asia/Tokyo"))
					.withFixedDelay(3000)));

		long started = System.nanoTime();
		HttpResponse<String> ack = this.slack.interaction(homeButton("home_placement", "placement"));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(ack.statusCode()).isEqualTo(200);
		assertThat(took).isLessThan(Duration.ofSeconds(1));
		assertThat(SlackPosts.questions(USER)).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackPosts.questions(USER).size() == 1);
		assertThat(SlackPosts.lastQuestion(USER).toString()).contains("Placement question 1 of 6");
	}

	@Test
	void anOrdinaryQuizAnswerKeepsItsNextQuestionButton() throws Exception {
		// A /quiz question comes back in the acknowledgement itself.
		JsonNode question = JSON.readTree(this.slack.command(this.team, USER, "D0NEWBIE", "", SlackStub.responseUrl("ask"))
			.body());
		String delivery = SlackPosts.deliveryId(question);

		JsonNode feedback = answer(USER, delivery, Answers.right(deliveredQuestion(delivery)), "fb");

		assertThat(feedback.toString()).contains("quiz_next").doesNotContain("placement_next");
	}

	@Test
	void aForgedStepAsksNothing() {
		this.slack.interaction(Interactions.button(this.team, USER, "placement_next", "99", "forged"));
		this.slack.interaction(Interactions.button(this.team, USER, "placement_next", "x", "forged2"));
		this.slack.interaction(homeButton("home_placement", "placement"));

		// A forged step is refused before its acknowledgement, so by now nothing else can arrive.
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackPosts.questions(USER).size() >= 1);
		assertThat(SlackPosts.questions(USER)).hasSize(1);
		assertThat(SlackPosts.lastQuestion(USER).toString()).contains("Placement question 1 of 6");
	}

	private void openHome(String eventId) {
		this.slack.event(this.team, eventId, Map.of("type", "app_home_opened", "user", USER, "channel", "D0NEWBIE", "tab",
				"home", "event_ts", "1700000000.000100"), 0);
	}

	private Map<String, Object> homeButton(String actionId, String value) {
		Map<String, Object> payload = new java.util.LinkedHashMap<>();
		payload.put("type", "block_actions");
		payload.put("team", Map.of("id", this.team, "domain", "study"));
		payload.put("user", Map.of("id", USER, "username", "newbie", "name", "newbie", "team_id", this.team));
		payload.put("api_app_id", "A0COACH");
		payload.put("token", "unused");
		payload.put("container", Map.of("type", "view", "view_id", "V0HOME"));
		payload.put("trigger_id", "1.2.3");
		payload.put("view", Map.of("id", "V0HOME", "type", "home", "team_id", this.team));
		payload.put("actions", List.of(Map.of("type", "button", "action_id", actionId, "block_id", "b", "value", value,
				"action_ts", "1700000000.000100", "text", Map.of("type", "plain_text", "text", "x"))));
		return payload;
	}

	private static JsonNode awaitPublish(int publishes) throws Exception {
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.calls("views.publish").size() >= publishes);
		List<Map<String, String>> calls = SlackStub.calls("views.publish");
		return JSON.readTree(calls.get(calls.size() - 1).get("view"));
	}

}
