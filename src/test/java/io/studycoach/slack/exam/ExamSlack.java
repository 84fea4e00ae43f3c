package io.studycoach.slack.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's side of an exam for the tests: the learner's commands and clicks as Slack sends them
 * (block_actions shaped as in {@code ../shared/slack/payloads/BlockActionPayload.json}, each click
 * with its own action_ts), and what the coach sent back.
 */
final class ExamSlack {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Slack's action_ts: seconds with microseconds, different for every click. */
	private static final AtomicLong ACTION_TS = new AtomicLong(1_772_470_000_000_000L);

	private static final AtomicLong RESPONSES = new AtomicLong();

	private final SlackRequests slack;

	private final String team;

	ExamSlack(SlackRequests slack, String team) {
		this.slack = slack;
		this.team = team;
	}

	/** Types {@code /quiz <text>} and returns the reply: in the acknowledgement, or posted to the response_url. */
	JsonNode command(String user, String channel, String text) {
		String name = next();
		HttpResponse<String> ack = this.slack.command(this.team, user, channel, text, SlackStub.responseUrl(name));
		assertThat(ack.statusCode()).isEqualTo(200);
		if (ack.body() != null && ack.body().contains("\"blocks\"")) {
			try {
				return JSON.readTree(ack.body());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return awaitResponse(name);
	}

	/** A button click by {@code user}; returns the response_url post it led to. */
	JsonNode button(String user, String actionId, String value) {
		return awaitResponse(sendButton(user, actionId, value, nextActionTs(), next()));
	}

	/** Clicks the button {@code actionId} of {@code message}, as it is there (its value and block). */
	String click(String user, JsonNode message, String actionId) {
		String name = next();
		Map<String, Object> action = action("button", actionId, blockOf(message, actionId), nextActionTs());
		action.put("value", element(message, actionId).path("value").asText());
		send(user, action, name);
		return name;
	}

	/** Sends a button click with the given action_ts to the given response_url name, and returns that name. */
	String sendButton(String user, String actionId, String value, String actionTs, String responseName) {
		Map<String, Object> action = action("button", actionId, "exam_nav", actionTs);
		action.put("value", value);
		send(user, action, responseName);
		return responseName;
	}

	/** A button click whose message state carries {@code letters} ticked in the checkboxes of block {@code answersBlock}. */
	JsonNode buttonWithTicks(String user, String actionId, String value, String answersBlock, List<String> letters) {
		String name = next();
		Map<String, Object> action = action("button", actionId, "exam_nav", nextActionTs());
		action.put("value", value);
		List<Map<String, Object>> selected = letters.stream()
			.map(l -> Map.<String, Object>of("text", Map.of("type", "plain_text", "text", l), "value", l))
			.toList();
		Map<String, Object> state = Map.of("values", Map.of(answersBlock,
				Map.of("exam_pick", Map.of("type", "checkboxes", "selected_options", selected))));
		send(user, action, name, state);
		return awaitResponse(name);
	}

	/** Ticks {@code letters} in a choose-two question's checkboxes (the whole selection, as Slack sends it). */
	HttpResponse<String> tick(String user, String blockId, List<String> letters) {
		Map<String, Object> action = action("checkboxes", "exam_pick", blockId, nextActionTs());
		action.put("selected_options", letters.stream()
			.map(l -> Map.<String, Object>of("text", Map.of("type", "plain_text", "text", l), "value", l))
			.toList());
		return send(user, action, next());
	}

	private HttpResponse<String> send(String user, Map<String, Object> action, String responseName) {
		return send(user, action, responseName, Map.of());
	}

	private HttpResponse<String> send(String user, Map<String, Object> action, String responseName,
			Map<String, Object> state) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", "block_actions");
		payload.put("team", Map.of("id", this.team, "domain", "study"));
		payload.put("user", Map.of("id", user, "username", "learner", "name", "learner", "team_id", this.team));
		payload.put("api_app_id", "A0COACH");
		payload.put("token", "unused-verification-token");
		payload.put("container", Map.of("type", "message", "message_ts", "1772470000.000100", "channel_id", "D0DM",
				"is_ephemeral", false));
		payload.put("trigger_id", "1.2.3");
		payload.put("channel", Map.of("id", "D0DM", "name", "directmessage"));
		payload.put("response_url", SlackStub.responseUrl(responseName));
		payload.put("actions", List.of(action));
		if (!state.isEmpty()) {
			payload.put("state", state);
		}
		HttpResponse<String> ack = this.slack.interaction(payload);
		assertThat(ack.statusCode()).isEqualTo(200);
		return ack;
	}

	private static Map<String, Object> action(String type, String actionId, String blockId, String actionTs) {
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("type", type);
		action.put("action_id", actionId);
		action.put("block_id", blockId);
		action.put("action_ts", actionTs);
		if (type.equals("button")) {
			action.put("text", Map.of("type", "plain_text", "text", "x"));
		}
		return action;
	}

	static String nextActionTs() {
		long micros = ACTION_TS.incrementAndGet();
		return micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
	}

	static String next() {
		return "exam" + RESPONSES.incrementAndGet();
	}

	static JsonNode awaitResponse(String name) {
		JsonNode response = SlackStub.awaitResponse(name);
		assertThat(BlockKitLimits.violations(response)).as("Block Kit limits").isEmpty();
		return response;
	}

	/** The chat.postMessage calls to {@code channel}, as messages (text and blocks), each within Slack's limits. */
	static List<JsonNode> posts(String channel) {
		return SlackStub.calls("chat.postMessage")
			.stream()
			.filter(c -> channel.equals(c.get("channel")))
			.map(ExamSlack::message)
			.toList();
	}

	static JsonNode message(Map<String, String> call) {
		try {
			JsonNode blocks = JSON.readTree(call.getOrDefault("blocks", "[]"));
			JsonNode message = JSON.createObjectNode().put("text", call.get("text")).set("blocks", blocks);
			assertThat(BlockKitLimits.violations(message)).as("Block Kit limits").isEmpty();
			return message;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The value of the first element with {@code actionId} in a message, or null. */
	static JsonNode element(JsonNode message, String actionId) {
		for (JsonNode block : message.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("action_id").asText().equals(actionId)) {
					return element;
				}
			}
		}
		return null;
	}

	/** The block_id of the block holding {@code actionId}. */
	static String blockOf(JsonNode message, String actionId) {
		for (JsonNode block : message.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("action_id").asText().equals(actionId)) {
					return block.path("block_id").asText();
				}
			}
		}
		throw new AssertionError("No " + actionId + " in " + message);
	}

}
