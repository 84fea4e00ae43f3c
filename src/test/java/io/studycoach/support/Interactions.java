package io.studycoach.support;

import io.studycoach.content.Question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** block_actions payloads shaped as in {@code ../shared/slack/payloads/BlockActionPayload.json}. */
public final class Interactions {

	private Interactions() {
	}

	public static Map<String, Object> button(String team, String user, String actionId, String value,
			String responseName) {
		return payload(team, user, List.of(action("button", actionId, value)), Map.of(), responseName);
	}

	/** A Submit click with {@code letters} ticked in the question's checkboxes. */
	public static Map<String, Object> submit(String team, String user, String deliveryId, List<String> letters,
			String responseName) {
		List<Map<String, Object>> selected = letters.stream()
			.map(l -> Map.<String, Object>of("text", Map.of("type", "plain_text", "text", l), "value", l))
			.toList();
		Map<String, Object> state = Map.of("values",
				Map.of("answers", Map.of("answer_pick", Map.of("type", "checkboxes", "selected_options", selected))));
		return payload(team, user, List.of(action("button", "answer_submit", deliveryId)), state, responseName);
	}

	/** The click that answers {@code question} rightly: its answer button, or its right letters ticked and Submit. */
	public static Map<String, Object> rightAnswer(String team, String user, Question question, String deliveryId,
			String responseName) {
		List<String> letters = Answers.right(question);
		return question.multiSelect() ? submit(team, user, deliveryId, letters, responseName)
				: button(team, user, "answer_" + letters.get(0), deliveryId, responseName);
	}

	private static Map<String, Object> action(String type, String actionId, String value) {
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("type", type);
		action.put("action_id", actionId);
		action.put("block_id", "answers");
		action.put("text", Map.of("type", "plain_text", "text", "A"));
		action.put("value", value);
		action.put("action_ts", "1700000000.000100");
		return action;
	}

	private static Map<String, Object> payload(String team, String user, List<Map<String, Object>> actions,
			Map<String, Object> state, String responseName) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", "block_actions");
		payload.put("team", Map.of("id", team, "domain", "study"));
		payload.put("user", Map.of("id", user, "username", "learner", "name", "learner", "team_id", team));
		payload.put("api_app_id", "A0COACH");
		payload.put("token", "unused-verification-token");
		payload.put("container", Map.of("type", "message", "message_ts", "1700000000.000100", "channel_id", "C0STUDY",
				"is_ephemeral", true));
		payload.put("trigger_id", "1.2.3");
		payload.put("channel", Map.of("id", "C0STUDY", "name", "pmle-study"));
		payload.put("response_url", SlackStub.responseUrl(responseName));
		payload.put("actions", actions);
		if (!state.isEmpty()) {
			payload.put("state", state);
		}
		return payload;
	}

}
