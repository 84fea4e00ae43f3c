package io.studycoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.response.Response;

/** Checks that every Slack request passes before a handler trusts it. */
public final class Payloads {

	/** For a request that is signed but lacks what every Slack request carries. */
	public static final Response BAD_REQUEST = Response.builder()
		.statusCode(400)
		.contentType("application/json")
		.body("{\"error\":\"missing team, user or channel\"}")
		.build();

	private Payloads() {
	}

	/** Slack always sends the team, the user and the action; a click without them is not Slack's. */
	public static boolean complete(BlockActionPayload payload) {
		return payload.getTeam() != null && !blank(payload.getTeam().getId()) && payload.getUser() != null
				&& !blank(payload.getUser().getId()) && payload.getActions() != null && !payload.getActions().isEmpty();
	}

	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
