package io.studycoach.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand generated hostile or broken requests to {@code /slack/events}: unsigned ones get 401,
 * signed garbage gets a 4xx or a polite reply and never a 5xx, the app stays healthy, and no stored
 * answer changes that should not.
 */
class HostileRequestTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String VICTIM = "U0VICTIM";

	private static final String ATTACKER = "U0MALLORY";

	@Test
	void aThousandHostileRequestsChangeNothingAndNeverCauseA5xx() throws Exception {
		String victimDelivery = deliveryFor(VICTIM);
		String attackerDelivery = deliveryFor(ATTACKER);
		Map<String, String> victimBefore = redis().hgetall(stats(VICTIM));
		SplittableRandom random = new SplittableRandom(7);
		List<String> failures = new ArrayList<>();
		int unsigned = 0;
		for (int i = 0; i < 1000; i++) {
			Attack attack = attack(i % 12, random, victimDelivery, attackerDelivery);
			HttpResponse<String> response = this.slack.send(attack.request());
			int status = response.statusCode();
			if (attack.signed()) {
				if (status >= 500) {
					failures.add(attack.name() + " -> " + status);
				}
			}
			else {
				unsigned++;
				if (status != 401) {
					failures.add(attack.name() + " unsigned -> " + status);
				}
			}
		}

		assertThat(failures).isEmpty();
		assertThat(unsigned).isGreaterThan(300);
		// Nothing answered the victim's question for them, and the attacker's edited clicks counted nothing.
		assertThat(redis().hgetall(stats(VICTIM))).isEqualTo(victimBefore);
		assertThat(redis().hget(stats(ATTACKER), "answered")).isNull();
		assertThat(redis().hgetall("sc:{" + this.team + "}:dlv:" + victimDelivery + ":answers")).isEmpty();
		// And the app still serves a real request.
		HttpResponse<String> healthy = this.slack.command(this.team, VICTIM, "C0STUDY", "", SlackStub.responseUrl("ok"));
		assertThat(healthy.statusCode()).isEqualTo(200);
		assertThat(healthy.body()).contains("answer_");
	}

	private Attack attack(int kind, SplittableRandom random, String victimDelivery, String attackerDelivery) {
		String commandBody = SlackRequests.formBody(Map.of("team_id", this.team, "user_id", ATTACKER, "channel_id",
				"C0STUDY", "command", "/quiz", "text", "stats", "response_url", SlackStub.responseUrl("h"),
				"trigger_id", "1", "api_app_id", "A0COACH", "token", "x"));
		String now = Long.toString(Instant.now().getEpochSecond());
		return switch (kind) {
			case 0 -> new Attack("no signature", false, raw(commandBody, "application/x-www-form-urlencoded", null, null));
			case 1 -> new Attack("wrong secret", false, raw(commandBody, "application/x-www-form-urlencoded", now,
					SlackRequests.sign("0123456789abcdef0123456789abcdef", now, commandBody)));
			case 2 -> {
				String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(6 + random.nextInt(600))).getEpochSecond());
				yield new Attack("stale", false, raw(commandBody, "application/x-www-form-urlencoded", stale,
						SlackRequests.sign(SlackRequests.SIGNING_SECRET, stale, commandBody)));
			}
			case 3 -> new Attack("future", false, raw(commandBody, "application/x-www-form-urlencoded",
					Long.toString(Instant.now().plus(Duration.ofMinutes(10)).getEpochSecond()), "v0=" + "0".repeat(64)));
			case 4 -> new Attack("garbage signature", false, raw(commandBody, "application/x-www-form-urlencoded", now,
					"v0=" + Long.toHexString(random.nextLong()) + "<script>"));
			case 5 -> signed("truncated form", commandBody.substring(0, random.nextInt(commandBody.length())),
					"application/x-www-form-urlencoded");
			case 6 -> signed("wrong content type", commandBody, random.nextBoolean() ? "text/plain" : "application/xml");
			case 7 -> signed("oversized form", commandBody + "&text=" + "A".repeat(200_000 + random.nextInt(100_000)),
					"application/x-www-form-urlencoded");
			case 8 -> signed("broken JSON payload", "payload=" + java.net.URLEncoder.encode(
					"{\"type\":\"block_actions\",\"actions\":[{\"action_id\":", java.nio.charset.StandardCharsets.UTF_8),
					"application/x-www-form-urlencoded");
			case 9 -> signed("unknown action", SlackRequests.interactionBody(Interactions.button(this.team, ATTACKER,
					"delete_everything_" + random.nextInt(1000), attackerDelivery, "h")), "application/x-www-form-urlencoded");
			case 10 -> signed("someone else's question",
					SlackRequests.interactionBody(Interactions.button(this.team, ATTACKER, "answer_" + "ABCD".charAt(random.nextInt(4)),
							victimDelivery, "h")), "application/x-www-form-urlencoded");
			default -> signed("edited button value", SlackRequests.interactionBody(Interactions.button(this.team, ATTACKER,
					"answer_" + "ABCDE".charAt(random.nextInt(5)), editedValue(random, attackerDelivery), "h")),
					"application/x-www-form-urlencoded");
		};
	}

	private static String editedValue(SplittableRandom random, String real) {
		return switch (random.nextInt(5)) {
			// Another id of the same shape: its last character changed (one that ends in X gets a Y).
			case 0 -> real.substring(0, 15) + (real.charAt(15) == 'X' ? "Y" : "X");
			case 1 -> "../../" + real;
			case 2 -> "<!channel> " + real;
			case 3 -> "";
			default -> real + "|U0VICTIM|d4-x-001|1";
		};
	}

	private Attack signed(String name, String body, String contentType) {
		String now = Long.toString(Instant.now().getEpochSecond());
		return new Attack(name, true, raw(body, contentType, now, SlackRequests.sign(SlackRequests.SIGNING_SECRET, now, body)));
	}

	private HttpRequest raw(String body, String contentType, String timestamp, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.slack.events()).header("Content-Type", contentType);
		if (timestamp != null) {
			request.header("X-Slack-Request-Timestamp", timestamp);
		}
		if (signature != null) {
			request.header("X-Slack-Signature", signature);
		}
		return request.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private String deliveryFor(String user) throws Exception {
		JsonNode reply = JSON.readTree(this.slack.command(this.team, user, "C0STUDY", "", SlackStub.responseUrl("d")).body());
		return SlackPosts.deliveryIdIn(reply);
	}

	private String stats(String user) {
		return "sc:{" + this.team + "}:u:" + user + ":stats";
	}

	record Attack(String name, boolean signed, HttpRequest request) {
	}

}
