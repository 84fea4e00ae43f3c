package io.studycoach.delivery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** The delivery tests' helpers, for tests in other packages. */
public final class DeliveryTestSupportAccess {

	private DeliveryTestSupportAccess() {
	}

	/** The latest question posted to a channel (or DM'd to a user id). */
	public static JsonNode lastQuestion(String channel) {
		List<Map<String, String>> questions = DeliveryTestSupport.questions(channel);
		if (questions.isEmpty()) {
			throw new AssertionError("No question posted to " + channel);
		}
		return DeliveryTestSupport.message(questions.get(questions.size() - 1));
	}

	public static String deliveryId(JsonNode message) {
		return DeliveryTestSupport.deliveryId(message);
	}

}
