package io.studycoach.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends what the sandbox page does to {@code POST /slack/events}, signed as Slack signs its requests
 * (https://api.slack.com/authentication/verifying-requests-from-slack), so it takes the production path.
 */
final class SignedRequests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String signingSecret;

	SignedRequests(String signingSecret) {
		this.signingSecret = signingSecret;
	}

	HttpResponse<String> form(int port, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(port, body, "application/x-www-form-urlencoded");
	}

	HttpResponse<String> json(int port, String json) {
		return send(port, json, "application/json");
	}

	private HttpResponse<String> send(int port, String body, String contentType) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/slack/events"))
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", contentType)
				.header("X-Slack-Request-Timestamp", timestamp)
				.header("X-Slack-Signature", sign(timestamp, body))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The coach did not answer: " + ex.getMessage(), ex);
		}
	}

	private String sign(String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "v0=" + HexFormat.of()
				.formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
