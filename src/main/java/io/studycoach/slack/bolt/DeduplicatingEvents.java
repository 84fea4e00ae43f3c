package io.studycoach.slack.bolt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import io.studycoach.install.SeenEvents;

/**
 * Slack retries an event it thinks failed (https://api.slack.com/apis/events-api#retries) and Bolt
 * does not deduplicate: an event id already seen, by any instance, within the hour is acknowledged
 * and not handled again.
 */
class DeduplicatingEvents implements Middleware {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SeenEvents seen;

	DeduplicatingEvents(SeenEvents seen) {
		this.seen = seen;
	}

	@Override
	public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
		if (request.getRequestType() != RequestType.Event) {
			return chain.next(request);
		}
		JsonNode body = JSON.readTree(request.getRequestBodyAsString());
		String eventId = body.path("event_id").asText("");
		String team = body.path("team_id").asText("");
		if (eventId.isEmpty() || team.isEmpty()) {
			return chain.next(request);
		}
		return this.seen.firstSight(team, eventId) ? chain.next(request) : Response.ok();
	}

}
