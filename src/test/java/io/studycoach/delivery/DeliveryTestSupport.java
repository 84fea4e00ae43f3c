package io.studycoach.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reading what the coach posted to Slack (the WireMock stub) in the delivery tests. */
final class DeliveryTestSupport {

	private static final ObjectMapper JSON = new ObjectMapper();

	private DeliveryTestSupport() {
	}

	/** chat.postMessage calls to {@code channel} (a channel id, or a user id for a DM). */
	static List<Map<String, String>> posts(String channel) {
		return SlackStub.calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel"))).toList();
	}

	/** Only the posts that carry a question (answer buttons), not summaries or notices. */
	static List<Map<String, String>> questions(String channel) {
		return posts(channel).stream().filter(c -> c.getOrDefault("blocks", "").contains("\"answer_")).toList();
	}

	static JsonNode message(Map<String, String> call) {
		try {
			JsonNode blocks = JSON.readTree(call.get("blocks"));
			JsonNode message = JSON.createObjectNode().put("text", call.get("text")).set("blocks", blocks);
			assertThat(BlockKitLimits.violations(message)).as("Block Kit limits").isEmpty();
			return message;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String deliveryId(JsonNode message) {
		for (JsonNode block : message.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("type").asText().equals("button") && element.path("action_id").asText().startsWith("answer_")) {
					return element.path("value").asText();
				}
			}
		}
		throw new AssertionError("No answer button in " + message);
	}

	static JsonNode awaitResponse(String name) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses(name).isEmpty());
		List<JsonNode> responses = SlackStub.responses(name);
		return responses.get(responses.size() - 1);
	}

	static List<String> rightLetters(QuestionBank bank, String questionId) {
		Question question = bank.question(questionId).orElseThrow();
		return question.answer().stream().sorted().map(String::valueOf).toList();
	}

}
