package io.studycoach.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.studycoach.StudyCoachApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sandbox runs a practice exam: the DM, clicks through the page's endpoints, and "next day" past the deadline. */
class SandboxExamTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String USER = "U0MARIA";

	private static final String DM = "D0MARIA";

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext app;

	private int port;

	@BeforeEach
	void start() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.app = new SpringApplicationBuilder(StudyCoachApplication.class).run("--server.port=" + this.port,
				"--slack.bot-token=", "--slack.signing-secret=", "--coach.redis.url=",
				"--coach.sandbox.data-dir=" + Files.createTempDirectory("sandbox-redis"), "--coach.delivery.cron=-",
				"--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID());
	}

	@AfterEach
	void stop() {
		this.app.close();
	}

	@Test
	void anExamRunsInTheSandboxAndTheClockMovesPastItsDeadline() throws Exception {
		post("/sandbox/ui/command", "{\"user\":\"" + USER + "\",\"conversation\":\"" + DM + "\",\"text\":\"/quiz exam 10\"}");
		await().atMost(Duration.ofSeconds(10)).until(() -> examMessage().isPresent());
		JsonNode exam = examMessage().orElseThrow();
		assertThat(exam.path("text").asText()).startsWith("Question 1 of 10");

		// Next, through the page's click endpoint, with the message's (empty) checkbox state.
		ObjectNode click = JSON.createObjectNode().put("user", USER).put("conversation", DM)
			.put("ts", exam.path("ts").asText()).put("actionId", "exam_go_1").put("blockId", "exam_nav")
			.put("value", button(exam, "exam_go_1").path("value").asText()).put("label", "Next");
		click.putObject("state").putObject("values");
		assertThat(post("/sandbox/ui/action", click.toString()).path("status").asInt()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> examMessage().map(m -> m.path("text").asText().startsWith("Question 2 of 10")).orElse(false));

		// The sandbox's "next day" moves the clock past the 24 minutes and runs the tick: submitted, result by DM.
		post("/sandbox/ui/clock", "{\"user\":\"" + USER + "\",\"step\":\"day\"}");
		await().atMost(Duration.ofSeconds(10)).until(() -> messages().toString().contains("Practice exam result: 0 of 10"));
		assertThat(messages().toString()).contains("submitted automatically at the deadline");
	}

	private java.util.Optional<JsonNode> examMessage() throws Exception {
		for (JsonNode message : messages()) {
			if (message.path("blocks").toString().contains("exam_nav")) {
				return java.util.Optional.of(message);
			}
		}
		return java.util.Optional.empty();
	}

	private List<JsonNode> messages() throws Exception {
		JsonNode state = JSON.readTree(get("/sandbox/ui/state?user=" + USER + "&conversation=" + DM).body());
		List<JsonNode> messages = new ArrayList<>();
		state.path("messages").forEach(messages::add);
		return messages;
	}

	private static JsonNode button(JsonNode message, String actionId) {
		for (JsonNode block : message.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("action_id").asText().equals(actionId)) {
					return element;
				}
			}
		}
		throw new AssertionError("No " + actionId);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode post(String path, String json) throws Exception {
		return JSON.readTree(this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
