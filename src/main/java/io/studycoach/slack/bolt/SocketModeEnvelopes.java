package io.studycoach.slack.bolt;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each envelope from Slack's Socket Mode connection, run through the Bolt {@link App} on a pool of its
 * own and acknowledged with the app's response as the payload, as Bolt's {@code SocketModeApp} does
 * (https://api.slack.com/apis/socket-mode#acknowledge). Bolt's client reads the connection on one
 * thread; handing each envelope to the pool keeps one slow handler from delaying the acks behind it.
 * Slack's {@code hello} goes to the {@link SocketModeLink}.
 */
final class SocketModeEnvelopes implements WebSocketMessageListener {

	private static final Logger logger = LoggerFactory.getLogger(SocketModeEnvelopes.class);

	private final App app;

	private final SocketModeClient client;

	private final Executor pool;

	private final SocketModeLink link;

	private final SocketModeRequestParser parser;

	private final Gson gson;

	SocketModeEnvelopes(App app, SocketModeClient client, Executor pool, SocketModeLink link) {
		this.app = app;
		this.client = client;
		this.pool = pool;
		this.link = link;
		this.parser = new SocketModeRequestParser(app.config());
		this.gson = GsonFactory.createSnakeCase(app.slack().getConfig());
	}

	@Override
	public void handle(String message) {
		try {
			JsonObject json = JsonParser.parseString(message).getAsJsonObject();
			String type = json.has("type") ? json.get("type").getAsString() : "";
			if ("hello".equals(type)) {
				this.link.hello(json.has("num_connections") ? json.get("num_connections").getAsInt() : 1);
				return;
			}
			SocketModeRequest request = this.parser.parse(message);
			if (request != null) {
				this.pool.execute(() -> run(request));
			}
		}
		catch (RuntimeException ex) {
			// Never the message itself: it carries user content.
			logger.warn("A Socket Mode message could not be read: {}", ex.getClass().getSimpleName());
		}
	}

	private void run(SocketModeRequest request) {
		try {
			Response response = this.app.run(request.getBoltRequest());
			if (response.getStatusCode() != 200) {
				// As Bolt does: no ack, so Slack may deliver it again.
				logger.warn("A Socket Mode {} envelope was not acknowledged: status {}", request.getEnvelope().getType(),
						response.getStatusCode());
				return;
			}
			this.client.sendSocketModeResponse(ack(request.getEnvelope().getEnvelopeId(), response));
		}
		catch (Exception ex) {
			logger.warn("A Socket Mode {} envelope failed: {}: {}", request.getEnvelope().getType(),
					ex.getClass().getSimpleName(), ex.getMessage());
		}
	}

	/** {"envelope_id": ..., "payload": the response body}, or only the envelope id when there is no body. */
	private String ack(String envelopeId, Response response) {
		String body = response.getBody();
		if (body == null || body.isEmpty()) {
			return this.gson.toJson(new AckResponse(envelopeId));
		}
		Map<String, Object> ack = new LinkedHashMap<>();
		ack.put("envelope_id", envelopeId);
		String contentType = response.getContentType();
		if (contentType != null && contentType.startsWith("application/json")) {
			ack.put("payload", this.gson.fromJson(body, JsonElement.class));
		}
		else {
			ack.put("payload", Map.of("text", body));
		}
		return this.gson.toJson(ack);
	}

}
