package io.studycoach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends requests to the app's {@code /slack/events} the way Slack does: form-encoded slash commands
 * and interactivity payloads, signed with the signing secret (https://api.slack.com/authentication/verifying-requests-from-slack).
 */
public final class SlackRequests {

	public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final URI events;

	public SlackRequests(int port) {
		this.events = URI.create("http://localhost:" + port + "/slack/events");
	}

	public HttpResponse<String> command(String team, String user, String channel, String text, String responseUrl) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", "unused-verification-token");
		form.put("team_id", team);
		form.put("team_domain", "study");
		form.put("channel_id", channel);
		form.put("channel_name", "pmle-study");
		form.put("user_id", user);
		form.put("user_name", "learner");
		form.put("command", "/quiz");
		form.put("text", text);
		form.put("api_app_id", "A0COACH");
		form.put("response_url", responseUrl);
		form.put("trigger_id", "1.2.3");
		return post(formBody(form), Instant.now(), SIGNING_SECRET);
	}

	/**
	 * {@code /quiz text}, acknowledged with HTTP 200; the coach's reply posted to the response_url
	 * named {@code responseName} (the latest, waiting up to 10 seconds for it).
	 */
	public JsonNode commandReply(String team, String user, String channel, String text, String responseName) {
		assertThat(command(team, user, channel, text, SlackStub.responseUrl(responseName)).statusCode()).as(text)
			.isEqualTo(200);
		return SlackStub.awaitResponse(responseName);
	}

	/** Answers a question: its answer button for one letter, or the letters ticked and Submit for several. */
	public HttpResponse<String> answer(String team, String user, String deliveryId, List<String> letters,
			String responseName) {
		return interaction(letters.size() == 1
				? Interactions.button(team, user, "answer_" + letters.get(0), deliveryId, responseName)
				: Interactions.submit(team, user, deliveryId, letters, responseName));
	}

	public HttpResponse<String> interaction(Object payload) {
		return post(interactionBody(payload), Instant.now(), SIGNING_SECRET);
	}

	/** An Events API callback, as JSON, with Slack's retry headers when {@code retryNum} is above 0. */
	public HttpResponse<String> event(String team, String eventId, Map<String, Object> event, int retryNum) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token", "unused-verification-token");
		body.put("team_id", team);
		body.put("api_app_id", "A0COACH");
		body.put("event", event);
		body.put("type", "event_callback");
		body.put("event_id", eventId);
		body.put("event_time", Instant.now().getEpochSecond());
		String json;
		try {
			json = JSON.writeValueAsString(body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		HttpRequest.Builder request = HttpRequest.newBuilder(this.events)
			.header("Content-Type", "application/json")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", sign(SIGNING_SECRET, timestamp, json));
		if (retryNum > 0) {
			request.header("X-Slack-Retry-Num", Integer.toString(retryNum)).header("X-Slack-Retry-Reason", "http_timeout");
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	public static String interactionBody(Object payload) {
		try {
			return "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** The fields of a form-encoded body. */
	public static Map<String, String> formFields(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			if (!pair.isEmpty()) {
				String[] kv = pair.split("=", 2);
				form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
						kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
			}
		}
		return form;
	}

	public HttpResponse<String> post(String body, Instant signedAt, String secret) {
		String timestamp = Long.toString(signedAt.getEpochSecond());
		return send(HttpRequest.newBuilder(this.events)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", sign(secret, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public URI events() {
		return this.events;
	}

	/**
	 * Slack's request signature, {@code v0=} and the hex HMAC-SHA256 of {@code v0:timestamp:body}, made
	 * by Bolt's own generator: the one place the tests sign.
	 */
	public static String sign(String secret, String timestamp, String body) {
		return new SlackSignature.Generator(secret).generate(timestamp, body);
	}

}
