package io.studycoach.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** /quiz forget-me leaves nothing about the member in Redis; logs never carry a token or the secret. */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CHANNEL = STUDY_CHANNEL;

	private static final String LEAD = "U0LEADER";

	private static final String MEMBER = "U0FORGETME";

	@Test
	void forgetMeAsksFirstThenRemovesEveryTraceOfTheMember() throws Exception {
		SlackStub.userZone(MEMBER, "UTC");
		SlackStub.userZone(LEAD, "UTC");
		command(LEAD, "setup 09:00 UTC daily", "setup");
		command(LEAD, "lead add <@" + MEMBER + "|me>", "lead");
		command(LEAD, "challenge start 7d", "challenge");
		command(MEMBER, "challenge join", "join");
		command(MEMBER, "subscribe 08:00", "sub");
		assertThat(this.slack.command(this.team, MEMBER, CHANNEL, "boards off", SlackStub.responseUrl("off")).body())
			.contains("off the public boards");
		answerAQuizQuestion();
		// The readiness belief is learned after the answer's acknowledgement.
		org.awaitility.Awaitility.await()
			.until(() -> redis().exists("sc:{" + this.team + "}:u:" + MEMBER + ":belief") == 1L);
		assertThat(this.slack.command(this.team, MEMBER, CHANNEL, "vacation 7", SlackStub.responseUrl("vac"))
			.statusCode()).isEqualTo(200);
		assertThat(redis().exists("sc:{" + this.team + "}:u:" + MEMBER + ":held")).isEqualTo(1L);
		at("2026-03-03T09:00:00Z");
		assertThat(keysAndEntriesAbout(MEMBER)).isNotEmpty();

		JsonNode confirm = JSON.readTree(this.slack.command(this.team, MEMBER, CHANNEL, "forget-me",
				SlackStub.responseUrl("f")).body());
		assertThat(confirm.toString()).contains("Forget everything about you?").contains("forget_confirm");
		assertThat(keysAndEntriesAbout(MEMBER)).isNotEmpty();

		this.slack.interaction(Interactions.button(this.team, MEMBER, "forget_confirm", "yes", "forgotten"));
		SlackStub.awaitResponse("forgotten");

		assertThat(SlackStub.responses("forgotten").get(0).toString()).contains("deleted everything");
		assertThat(keysAndEntriesAbout(MEMBER)).isEmpty();
		assertThat(command(MEMBER, "leaderboard all", "board").toString()).doesNotContain(MEMBER);
		assertThat(keysAndEntriesAbout(LEAD)).as("others keep their data").isNotEmpty();
	}

	@Test
	void noTokenOrSigningSecretEverReachesTheLogs(CapturedOutput output) throws Exception {
		SlackStub.error("users.info", "invalid_auth");
		SlackStub.error("chat.postMessage", "token_revoked");
		command(LEAD, "setup 09:00 UTC daily", "setup");
		this.slack.post("command=/quiz&team_id=" + this.team, Instant.now(), "wrong-secret-0123456789");
		this.slack.command(this.team, MEMBER, CHANNEL, "", SlackStub.responseUrl("q"));
		at("2026-03-03T09:00:00Z");

		assertThat(output.getAll()).doesNotContain("xoxb-1111-2222-testtoken")
			.doesNotContain(SlackRequests.SIGNING_SECRET)
			.doesNotContain("1111-2222-testtoken");
	}

	/** Every key naming the member, and every hash field, set member or sorted-set member equal to them. */
	private List<String> keysAndEntriesAbout(String user) {
		List<String> found = new ArrayList<>();
		ScanCursor cursor = ScanCursor.INITIAL;
		do {
			KeyScanCursor<String> page = redis().scan(cursor, ScanArgs.Builder.matches("sc:{" + this.team + "}:*").limit(500));
			for (String key : page.getKeys()) {
				if (key.contains(user)) {
					found.add(key);
					continue;
				}
				switch (redis().type(key)) {
					case "hash" -> {
						if (redis().hexists(key, user) || redis().hvals(key).contains(user)) {
							found.add(key + " field");
						}
					}
					case "set" -> {
						if (redis().sismember(key, user)) {
							found.add(key + " member");
						}
					}
					case "zset" -> {
						if (redis().zscore(key, user) != null
								|| redis().zrange(key, 0, -1).stream().anyMatch(m -> m.endsWith(":" + user))) {
							found.add(key + " member");
						}
					}
					case "string" -> {
						String value = redis().get(key);
						if (value != null && value.startsWith(user + "|")) {
							found.add(key + " value");
						}
					}
					default -> {
					}
				}
			}
			cursor = page;
		}
		while (!cursor.isFinished());
		return found;
	}

	private void answerAQuizQuestion() throws Exception {
		JsonNode asked = JSON.readTree(this.slack.command(this.team, MEMBER, CHANNEL, "", SlackStub.responseUrl("q")).body());
		String delivery = SlackPosts.deliveryId(asked);
		answer(MEMBER, delivery, Answers.right(deliveredQuestion(delivery)), "a");
	}

}
