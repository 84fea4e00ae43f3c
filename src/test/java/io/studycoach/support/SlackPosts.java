package io.studycoach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the coach posted with chat.postMessage to the stub Slack ({@link SlackStub}), read as
 * messages; every message read is checked against Slack's Block Kit limits.
 */
public final class SlackPosts {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SlackPosts() {
	}

	/** chat.postMessage calls to {@code channel} (a channel id, or a user id for a DM), oldest first. */
	public static List<Map<String, String>> posts(String channel) {
		return SlackStub.calls("chat.postMessage").stream().filter(c -> channel.equals(c.get("channel"))).toList();
	}

	/** Only the posts that carry a question (answer buttons), not summaries or notices. */
	public static List<Map<String, String>> questions(String channel) {
		return posts(channel).stream().filter(c -> c.getOrDefault("blocks", "").contains("\"answer_")).toList();
	}

	/** The posts to {@code channel} as messages. */
	public static List<JsonNode> messages(String channel) {
		return posts(channel).stream().map(SlackPosts::message).toList();
	}

	/** The latest question posted to a channel (or DM'd to a user id). */
	public static JsonNode lastQuestion(String channel) {
		List<Map<String, String>> questions = questions(channel);
		if (questions.isEmpty()) {
			throw new AssertionError("No question posted to " + channel);
		}
		return message(questions.get(questions.size() - 1));
	}

	/** A post's text and blocks, as Slack would show them. */
	public static JsonNode message(Map<String, String> call) {
		JsonNode message;
		try {
			message = JSON.createObjectNode()
				.put("text", call.get("text")).set("blocks", JSON.readTree(call.getOrDefault("blocks", "[]")));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(BlockKitLimits.violations(message)).as("Block Kit limits").isEmpty();
		return message;
	}

	/** The delivery a question (a post, or a reply to /quiz) carries on its answer buttons. */
	public static String deliveryId(JsonNode message) {
		for (JsonNode block : message.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("type").asText().equals("button") && element.path("action_id").asText().startsWith("answer_")) {
					return element.path("value").asText();
				}
			}
		}
		throw new AssertionError("No answer button in " + message);
	}

	/**
	 * The delivery a question carries in any of its values: its answer buttons, or the Submit of a
	 * choose-two question, which has no answer buttons.
	 */
	public static String deliveryIdIn(JsonNode question) {
		return question.findValues("value")
			.stream()
			.map(JsonNode::asText)
			.filter(value -> value.matches("[A-Za-z0-9_-]{16}"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No question in " + question));
	}

	/** The value of the button {@code actionId} in a message. */
	public static String buttonValue(JsonNode message, String actionId) {
		for (JsonNode block : message.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("action_id").asText().equals(actionId)) {
					return element.path("value").asText();
				}
			}
		}
		throw new AssertionError("No " + actionId + " in " + message);
	}

}
