package io.studycoach.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /actuator/health shows Redis and Slack; /actuator/prometheus counts what really happened. */
// Spring Boot's tests leave metrics export off unless asked.
@AutoConfigureObservability
class MetricsAndHealthTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void healthShowsRedisAndSlackAuth() throws Exception {
		JsonNode health = JSON.readTree(get("/actuator/health"));

		assertThat(health.path("status").asText()).isEqualTo("UP");
		assertThat(health.path("components").path("redis").path("status").asText()).isEqualTo("UP");
		assertThat(health.path("components").path("slack").path("status").asText()).isEqualTo("UP");
		assertThat(health.toString()).doesNotContain("xoxb-");
		assertThat(JSON.readTree(get("/actuator/health/liveness")).path("status").asText()).isEqualTo("UP");
	}

	@Test
	void prometheusCountsQuestionsAnswersSlackErrorsAndAcks() throws Exception {
		String before = get("/actuator/prometheus");
		double sentBefore = value(before, "coach_questions_sent_total{kind=\"quiz\"");
		double rightBefore = value(before, "coach_answers_total{right=\"true\"");
		for (int i = 0; i < 3; i++) {
			JsonNode asked = JSON.readTree(this.slack.command(this.team, "U0M" + i, "C0ANY", "", SlackStub.responseUrl("q")).body());
			String delivery = SlackPosts.deliveryId(asked);
			this.slack.answer(this.team, "U0M" + i, delivery, Answers.right(deliveredQuestion(delivery)), "a" + i);
		}
		SlackStub.error("users.info", "user_not_found");
		this.slack.command(this.team, "U0NEW", "C0ANY", "", SlackStub.responseUrl("q"));
		await().atMost(Duration.ofSeconds(10)).until(() -> value(get("/actuator/prometheus"),
				"coach_answers_total{right=\"true\"") >= rightBefore + 3);

		String after = get("/actuator/prometheus");
		assertThat(value(after, "coach_questions_sent_total{kind=\"quiz\"") - sentBefore).isEqualTo(4.0);
		assertThat(value(after, "coach_answers_total{right=\"true\"") - rightBefore).isEqualTo(3.0);
		assertThat(value(after, "coach_slack_errors_total{error=\"user_not_found\",method=\"users.info\"")).isGreaterThanOrEqualTo(1.0);
		assertThat(after).contains("coach_slack_ack_seconds_bucket{type=\"BlockAction\"")
			.contains("coach_slack_ack_seconds_count{type=\"Command\"");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void eachSlackErrorIsOneLogLineWithItsMethodAndCode(CapturedOutput output) {
		SlackStub.error("users.info", "user_not_found");
		this.slack.command(this.team, "U0LOGGED", "C0ANY", "", SlackStub.responseUrl("logged"));
		await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains(this.team + ": user_not_found"));

		List<String> lines = output.getAll().lines().filter(line -> line.contains(this.team + ": user_not_found")).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("WARN").contains("Slack users.info failed in " + this.team + ": user_not_found");
		assertThat(output.getAll()).doesNotContain("xoxb-1111-2222-testtoken").doesNotContain(SlackRequests.SIGNING_SECRET);
	}

	private String get(String path) throws Exception {
		return this.slack.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build()).body();
	}

	/** The value of the first sample whose name and labels start with {@code prefix}; 0 when absent. */
	private static double value(String exposition, String prefix) {
		for (String line : exposition.split("\n")) {
			if (line.startsWith(prefix)) {
				return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return 0;
	}

}
