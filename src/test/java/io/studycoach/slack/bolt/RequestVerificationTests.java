package io.studycoach.slack.bolt;

import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Slack's request signing stays on: anything not signed by Slack now is refused and changes nothing. */
class RequestVerificationTests extends CoachIntegrationTest {

	private String quizBody() {
		return SlackRequests.formBody(Map.of("team_id", this.team, "user_id", "U0LEARNER", "channel_id", "C0STUDY",
				"command", "/quiz", "text", "", "response_url", SlackStub.responseUrl("x"), "trigger_id", "1.2.3",
				"api_app_id", "A0COACH", "token", "unused"));
	}

	@Test
	void aMissingSignatureGets401() {
		HttpResponse<String> response = this.slack.send(HttpRequest.newBuilder(this.slack.events())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(quizBody()))
			.build());

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStored();
	}

	@Test
	void aSignatureFromAnotherSecretGets401() {
		HttpResponse<String> response = this.slack.post(quizBody(), Instant.now(), "0123456789abcdef0123456789abcdef");

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStored();
	}

	@Test
	void aSignatureOverFiveMinutesOldGets401() {
		HttpResponse<String> response = this.slack.post(quizBody(), Instant.now().minus(Duration.ofMinutes(6)),
				SlackRequests.SIGNING_SECRET);

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStored();
	}

	@Test
	void aBodyChangedAfterSigningGets401() {
		String body = quizBody();
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String signature = SlackRequests.sign(SlackRequests.SIGNING_SECRET, timestamp, body);

		HttpResponse<String> response = this.slack.send(HttpRequest.newBuilder(this.slack.events())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body.replace("U0LEARNER", "U0OTHER")))
			.build());

		assertThat(response.statusCode()).isEqualTo(401);
		assertNothingStored();
	}

	@Test
	void aProperlySignedRequestIsServed() {
		HttpResponse<String> response = this.slack.post(quizBody(), Instant.now(), SlackRequests.SIGNING_SECRET);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(redis().keys("sc:{" + this.team + "}:dlv:*")).hasSize(1);
	}

	private void assertNothingStored() {
		assertThat(redis().keys("sc:{" + this.team + "}:*")).isEmpty();
		assertThat(SlackStub.calls("users.info")).isEmpty();
	}

}
