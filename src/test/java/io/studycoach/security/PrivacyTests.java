package io.studycoach.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /quiz forget-me leaves nothing about the member in Redis; logs never carry a token or the secret. */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CHANNEL = "C0STUDY";

	private static final String LEAD = "U0LEADER";

	private static final String MEMBER = "U0FORGETME";

	@Autowired
	private QuestionBank bank;

	@Autowired
	private DeliveryTick tick;

	@Test
	void forgetMeAsksFirstThenRemovesEveryTraceOfTheMember() throws Exception {
		SlackStub.userZone(MEMBER, "UTC");
		SlackStub.userZone(LEAD, "UTC");
		command(LEAD, "setup 09:00 UTC daily", "setup");
		command(LEAD, "lead add <@" + MEMBER + "|me>", "lead");
		command(LEAD, "challenge start 7d", "challenge");
		command(MEMBER, "challenge join", "join");
		command(MEMBER, "subscribe 08:00", "sub");
		answerAQuizQuestion();
		this.clock.set(Instant.parse("2026-03-03T09:00:00Z"));
		this.tick.run();
		assertThat(keysAndEntriesAbout(MEMBER)).isNotEmpty();

		JsonNode confirm = JSON.readTree(this.slack.command(this.team, MEMBER, CHANNEL, "forget-me",
				SlackStub.responseUrl("f")).body());
		assertThat(confirm.toString()).contains("Forget everything about you?").contains("forget_confirm");
		assertThat(keysAndEntriesAbout(MEMBER)).isNotEmpty();

		this.slack.interaction(Interactions.button(this.team, MEMBER, "forget_confirm", "yes", "forgotten"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("forgotten").isEmpty());

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
		this.clock.set(Instant.parse("2026-03-03T09:00:00Z"));
		this.tick.run();

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
		String delivery = asked.findValues("value").stream().map(JsonNode::asText)
			.filter(v -> v.matches("[A-Za-z0-9_-]{16}")).findFirst().orElseThrow();
		Question question = this.bank.question(redis().get("sc:{" + this.team + "}:dlv:" + delivery).split("\\|")[1])
			.orElseThrow();
		List<String> letters = question.answer().stream().sorted().map(String::valueOf).toList();
		this.slack.interaction(letters.size() == 1 ? Interactions.button(this.team, MEMBER, "answer_" + letters.get(0),
				delivery, "a") : Interactions.submit(this.team, MEMBER, delivery, letters, "a"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("a").isEmpty());
	}

	private JsonNode command(String user, String text, String name) {
		this.slack.command(this.team, user, CHANNEL, text, SlackStub.responseUrl(name));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses(name).isEmpty());
		List<JsonNode> responses = SlackStub.responses(name);
		return responses.get(responses.size() - 1);
	}

}
