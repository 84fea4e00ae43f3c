package io.studycoach.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.studycoach.support.SlackPosts.posts;
import static io.studycoach.support.SlackPosts.questions;
import static io.studycoach.support.SlackStub.awaitResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal that points at the setting, not at the channel: when every call for a workspace is refused
 * (a revoked or wrong token), its sends are held, nothing is paused or unsubscribed, health says why,
 * and the sends go out once Slack takes the workspace's calls again. A single refusal in a workspace
 * that otherwise works keeps today's handling.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkspaceHoldTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String LEAD = "U0LEAD";

	private static final String CHANNEL = "C0HOLD";

	private static final List<String> MEMBERS = IntStream.range(0, 5).mapToObj(i -> "U0HOLD" + i).toList();

	@Test
	void aBurstOfInvalidAuthHoldsTheSendsThenTheyGoOutWhenSlackTakesTheTokenAgain(CapturedOutput output)
			throws Exception {
		studyGroup();
		List.of("chat.postMessage", "auth.test", "users.info", "conversations.open", "conversations.history")
			.forEach(method -> SlackStub.error(method, "invalid_auth"));

		at("2026-03-03T09:00:00Z");

		int refused = SlackStub.calls("chat.postMessage").size();
		assertThat(refused).isBetween(1, 1 + MEMBERS.size());
		JsonNode health = health();
		assertThat(health.path("status").asText()).isEqualTo("DOWN");
		assertThat(health.path("description").asText()).contains("sends to " + this.team + " are held")
			.contains("(invalid_auth)")
			.contains("nothing is paused");
		assertThat(holdLines(output)).hasSize(1);
		assertNothingPausedOrUnsubscribed();

		// Held: a tick within the minute sends nothing, and does not even ask Slack.
		int probes = SlackStub.calls("auth.test").size();
		at("2026-03-03T09:00:40Z");
		assertThat(SlackStub.calls("chat.postMessage")).hasSize(refused);
		assertThat(SlackStub.calls("auth.test")).hasSize(probes);

		// Slack takes the token again: the next probe ends the hold, and the day's sends go out once.
		SlackStub.reset();
		at("2026-03-03T09:01:10Z");

		assertThat(SlackStub.calls("auth.test")).hasSize(1);
		assertThat(questions(CHANNEL)).hasSize(1);
		MEMBERS.forEach(member -> assertThat(questions(member)).as(member).hasSize(1));
		assertThat(health().path("status").asText()).isEqualTo("UP");
		assertThat(output.getAll()).contains("Resuming sends to workspace " + this.team);
		assertThat(holdLines(output)).hasSize(1);
		assertNothingPausedOrUnsubscribed();
	}

	@Test
	void refusalsThatWouldPauseAndUnsubscribeAreHeldWhileNothingElseWorks() throws Exception {
		studyGroup();
		// A deactivated token: Slack answers account_inactive everywhere, which alone would unsubscribe a member.
		List.of("chat.postMessage", "auth.test", "users.info", "conversations.open", "conversations.history")
			.forEach(method -> SlackStub.error(method, "account_inactive"));
		SlackStub.when("chat.postMessage", "channel=" + CHANNEL, "{\"ok\":false,\"error\":\"channel_not_found\"}");

		at("2026-03-03T09:00:00Z");

		assertThat(health().path("description").asText()).containsPattern(
				"sends to " + this.team + " are held: every call was refused lately \\((account_inactive|channel_not_found)\\)");
		assertNothingPausedOrUnsubscribed();
		assertThat(posts(LEAD)).as("no pause notice").isEmpty();
		assertThat(redis().keys("sc:{" + this.team + "}:sent:*").stream().filter(key -> !key.endsWith(":try")))
			.as("no day recorded as sent or refused").isEmpty();

		SlackStub.reset();
		at("2026-03-03T09:01:10Z");

		assertThat(questions(CHANNEL)).hasSize(1);
		MEMBERS.forEach(member -> assertThat(questions(member)).as(member).hasSize(1));
	}

	@Test
	void aLoneArchivedChannelInAQuietWorkspaceIsStillPausedOnceAuthTestSaysTheTokenWorks() {
		commandAndWait(LEAD, "setup 09:00 UTC", "setup");
		SlackStub.when("chat.postMessage", "channel=" + CHANNEL, "{\"ok\":false,\"error\":\"is_archived\"}");

		// The setup's calls were the day before: nothing succeeded lately, so Slack is asked first.
		at("2026-03-03T09:00:00Z");

		assertThat(SlackStub.calls("auth.test")).hasSize(1);
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "paused")).isEqualTo("1");
		// The lead's DM goes out after the acknowledgement, on its own threads.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> posts(LEAD).size() == 1);
		assertThat(posts(LEAD).get(0).get("text")).contains("the channel was archived");
	}

	/** A study channel and five subscribers, all due at 09:00 UTC every day. */
	private void studyGroup() {
		commandAndWait(LEAD, "setup 09:00 UTC daily", "setup");
		for (String member : MEMBERS) {
			SlackStub.userZone(member, "UTC");
			assertThat(this.slack.command(this.team, member, "D0" + member, "subscribe 09:00 daily",
					SlackStub.responseUrl("sub-" + member)).statusCode()).isEqualTo(200);
			awaitResponse("sub-" + member);
		}
		SlackStub.reset();
	}

	private void assertNothingPausedOrUnsubscribed() {
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "paused")).isNotEqualTo("1");
		assertThat(redis().zscore("sc:{" + this.team + "}:due", "ch:" + CHANNEL)).isNotNull();
		for (String member : MEMBERS) {
			assertThat(redis().sismember("sc:{" + this.team + "}:subscribers", member)).as(member).isTrue();
			assertThat(redis().zscore("sc:{" + this.team + "}:due", "dm:" + member)).as(member).isNotNull();
		}
	}

	private List<String> holdLines(CapturedOutput output) {
		return output.getAll().lines().filter(line -> line.contains("Holding sends to workspace " + this.team)).toList();
	}

	private void commandAndWait(String user, String text, String name) {
		assertThat(this.slack.command(this.team, user, CHANNEL, text, SlackStub.responseUrl(name)).statusCode())
			.isEqualTo(200);
		awaitResponse(name);
	}

	/** Only the workspaces component: the Slack one would cache the refused auth.test for other tests. */
	private JsonNode health() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/workspaces")).build(),
					HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}

}
