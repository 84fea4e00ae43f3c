package io.studycoach.slack.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.studycoach.content.Question;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.DeliveryStore;
import io.studycoach.progress.Forgetting;
import io.studycoach.quality.Quarantine;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackStub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Report a problem" from Slack's side: signed requests to the real Bolt app, WireMock as Slack.
 * The modal opens from a feedback message, a submission is stored once, a learner's later report
 * replaces theirs, three learners saying the key is wrong quarantine the question, and an operator
 * clears it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReportFlowTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private Quarantine quarantine;

	@Autowired
	private DeliveryStore deliveries;

	@Autowired
	private Forgetting forgetting;

	@Autowired
	private MeterRegistry meters;

	private Question reported;

	@BeforeEach
	void stubViewsOpen() {
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/views.open")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"view\":{\"id\":\"V0REPORT\"}}")));
	}

	@AfterEach
	void clearTheQuarantine() {
		if (this.reported != null) {
			// The quarantine is deployment-wide: leave the shared bank as the next test expects it.
			this.quarantine.clear(this.reported.id(), "command");
		}
	}

	@Test
	void theModalOpensFromFeedbackAndASubmissionIsStoredOnceWithALaterOneReplacingIt() throws Exception {
		JsonNode feedback = answeredFeedback("U0ALICE", "fb");
		this.reported = deliveredQuestionOf(feedback);
		JsonNode button = reportButton(feedback);
		assertThat(button.path("value").asText()).isEqualTo(this.reported.id());

		this.slack.interaction(Interactions.button(this.team, "U0ALICE", "report_problem", this.reported.id(), "rp"));

		await().atMost(Duration.ofSeconds(5)).until(() -> !SlackStub.calls("views.open").isEmpty());
		Map<String, String> open = SlackStub.calls("views.open").get(0);
		assertThat(open.get("trigger_id")).isEqualTo("1.2.3");
		JsonNode modal = JSON.readTree(open.get("view"));
		assertThat(modal.path("callback_id").asText()).isEqualTo("report_problem_modal");
		assertThat(modal.path("private_metadata").asText()).isEqualTo(this.reported.id());
		assertThat(modal.toString()).contains("radio_buttons").contains("\"max_length\":500");

		JsonNode thanks = submit("U0ALICE", "unclear", "Which <!channel> region?");
		assertThat(thanks.path("response_action").asText()).isEqualTo("update");
		assertThat(thanks.path("view").toString()).contains("Your report is in");
		RedisKeys keys = RedisKeys.team(this.team);
		assertThat(redis().get(keys.learnerReport("U0ALICE", this.reported.id()))).startsWith("unclear|")
			.endsWith("|Which <!channel> region?");
		assertThat(redis().ttl(keys.learnerReport("U0ALICE", this.reported.id()))).isGreaterThan(364L * 86_400);
		assertThat(redis().zrange(keys.reports(), 0, -1)).containsExactly(this.reported.id() + "|U0ALICE");
		assertThat(openCount("unclear")).isEqualTo(1);

		submit("U0ALICE", "typo", "");
		submit("U0ALICE", "outdated", "");
		JsonNode fourth = submit("U0ALICE", "key_wrong", "B is right");

		assertThat(fourth.path("view").toString()).contains("replaces the one you sent before");
		assertThat(redis().get(keys.learnerReport("U0ALICE", this.reported.id()))).startsWith("key_wrong|");
		assertThat(redis().zrange(keys.reports(), 0, -1)).containsExactly(this.reported.id() + "|U0ALICE");
		assertThat(openCount("unclear") + openCount("typo") + openCount("outdated")).isZero();
		assertThat(openCount("key_wrong")).isEqualTo(1);
		assertThat(this.quarantine.isHeld(this.reported.id())).as("one learner, however often, is one report").isFalse();
	}

	@Test
	void threeLearnersSayingTheKeyIsWrongQuarantineItUntilAnOperatorClearsIt(CapturedOutput output) throws Exception {
		JsonNode feedback = answeredFeedback("U0ALICE", "fb");
		this.reported = deliveredQuestionOf(feedback);
		// A copy handed out before the quarantine, still unanswered.
		Delivery earlier = this.deliveries.create(this.team, "U0DAVE", this.reported.id(), "U0DAVE", Delivery.Kind.QUIZ);
		double before = quarantined();

		submit("U0ALICE", "key_wrong", "");
		submit("U0BOB", "key_wrong", "");
		assertThat(this.quarantine.isHeld(this.reported.id())).isFalse();
		submit("U0CAROL", "key_wrong", "");

		assertThat(this.quarantine.isHeld(this.reported.id())).isTrue();
		assertThat(output.getAll().lines().filter(l -> l.contains("Question " + this.reported.id() + " is quarantined")))
			.hasSize(1);
		assertThat(quarantined() - before).isEqualTo(1.0);

		JsonNode underReview = answer("U0DAVE", earlier.id(), Answers.wrong(this.reported), "late");
		assertThat(underReview.toString()).contains("under review").contains("does not count");
		assertThat(BlockKitLimits.violations(underReview)).isEmpty();
		assertThat(redis().hget(RedisKeys.team(this.team).learnerStats("U0DAVE"), "answered")).isNull();

		assertThat(operator("DELETE", "/actuator/questions/" + this.reported.id(), false).body())
			.contains("\"wasQuarantined\":true");
		assertThat(this.quarantine.isHeld(this.reported.id())).isFalse();
		assertThat(openCount("key_wrong")).as("clearing closes the open reports").isZero();
		HttpResponse<String> figures = operator("GET", "/actuator/questions", false);
		JsonNode item = findItem(JSON.readTree(figures.body()), this.reported.id());
		assertThat(item.path("reports").path("key_wrong").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(item.path("quarantined").asText()).isEmpty();
		assertThat(operator("GET", "/actuator/questions", true).statusCode()).as("through a proxy").isEqualTo(404);
	}

	@Test
	void adminsSeeTheirWorkspacesOpenReportsEscapedAndForgetMeRemovesTheLearnersReports() throws Exception {
		JsonNode feedback = answeredFeedback("U0ALICE", "fb");
		this.reported = deliveredQuestionOf(feedback);
		submit("U0ALICE", "broken_link", "See <!channel> & <https://evil.example|here>");
		SlackStub.admin("U0ADMIN");

		this.slack.event(this.team, "Ev0HOME1", Map.of("type", "app_home_opened", "user", "U0ADMIN", "channel", "D0HOME",
				"tab", "home", "event_ts", "1700000000.000100"), 0);

		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.calls("views.publish").stream()
			.anyMatch(c -> c.get("view").contains("Problem reports from this workspace")));
		String home = JSON.readTree(SlackStub.calls("views.publish").stream().map(c -> c.get("view"))
			.filter(v -> v.contains("Problem reports")).findFirst().orElseThrow()).toString();
		assertThat(home).contains(this.reported.id()).contains("A link is broken")
			.contains("&lt;!channel&gt; &amp; &lt;https://evil.example|here&gt;").doesNotContain("<!channel>");

		this.forgetting.forget(this.team, "U0ALICE");

		RedisKeys keys = RedisKeys.team(this.team);
		assertThat(redis().exists(keys.learnerReport("U0ALICE", this.reported.id()))).isZero();
		assertThat(redis().zcard(keys.reports())).isZero();
	}

	private JsonNode answeredFeedback(String user, String name) throws Exception {
		HttpResponse<String> quiz = this.slack.command(this.team, user, STUDY_CHANNEL, "d4",
				SlackStub.responseUrl(name + "-q"));
		assertThat(quiz.statusCode()).isEqualTo(200);
		JsonNode reply = JSON.readTree(quiz.body());
		return answer(user, SlackPosts.deliveryId(reply), Answers.wrong(deliveredQuestion(reply)), name);
	}

	private Question deliveredQuestionOf(JsonNode feedback) {
		return this.bank.question(reportButton(feedback).path("value").asText()).orElseThrow();
	}

	private static JsonNode reportButton(JsonNode feedback) {
		for (JsonNode block : feedback.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if ("report_problem".equals(element.path("action_id").asText())) {
					return element;
				}
			}
		}
		throw new AssertionError("No Report a problem button in " + feedback);
	}

	private JsonNode submit(String user, String reason, String comment) throws Exception {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("report_reason", Map.of("reason", Map.of("type", "radio_buttons", "selected_option",
				Map.of("text", Map.of("type", "plain_text", "text", reason), "value", reason))));
		values.put("report_comment", Map.of("comment", Map.of("type", "plain_text_input", "value", comment)));
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", "view_submission");
		payload.put("team", Map.of("id", this.team, "domain", "study"));
		payload.put("user", Map.of("id", user, "username", "learner", "name", "learner", "team_id", this.team));
		payload.put("api_app_id", "A0COACH");
		payload.put("token", "unused-verification-token");
		payload.put("trigger_id", "1.2.4");
		payload.put("view", Map.of("id", "V0REPORT", "team_id", this.team, "type", "modal", "callback_id",
				"report_problem_modal", "private_metadata", this.reported.id(), "state", Map.of("values", values)));
		HttpResponse<String> response = this.slack.interaction(payload);
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private long openCount(String reason) {
		String count = redis().hget(RedisKeys.questionReports(), this.reported.id() + "|" + reason);
		return count == null ? 0 : Long.parseLong(count);
	}

	private double quarantined() {
		var counter = this.meters.find("coach.questions.quarantined").tag("why", "reports").counter();
		return counter == null ? 0 : counter.count();
	}

	private HttpResponse<String> operator(String method, String path, boolean proxied) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (proxied) {
			request.header("X-Forwarded-For", "203.0.113.7");
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode findItem(JsonNode report, String id) {
		for (JsonNode item : report.path("questions")) {
			if (id.equals(item.path("questionId").asText())) {
				return item;
			}
		}
		throw new AssertionError("No " + id + " in /actuator/questions");
	}

}
