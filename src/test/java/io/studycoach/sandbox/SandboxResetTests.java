package io.studycoach.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.ScanArgs;
import io.studycoach.StudyCoachApplication;
import io.studycoach.redis.Redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sandbox's Reset: its own workspace's data goes, from its own Redis only, and it starts afresh. */
class SandboxResetTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext app;

	private int port;

	@BeforeEach
	void start() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.app = new SpringApplicationBuilder(StudyCoachApplication.class).run("--sandbox",
				"--server.port=" + this.port, "--coach.sandbox.data-dir=" + Files.createTempDirectory("sandbox-redis"),
				"--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID());
	}

	@AfterEach
	void stop() {
		this.app.close();
	}

	@Test
	void resetClearsTheSandboxWorkspaceAndNothingElseThenItStartsAfresh() throws Exception {
		command("U0PRIYA", "/quiz setup 09:00 Europe/London");
		command("U0KENJI", "/quiz");
		await().atMost(Duration.ofSeconds(10)).until(() -> seenBy("U0PRIYA").contains("post a question here"));
		await().atMost(Duration.ofSeconds(10)).until(() -> sandboxKeys().size() > 3);
		Redis redis = this.app.getBean(Redis.class);
		redis.sync().set("sc:{T0ELSEWHERE}:kept", "1");

		JsonNode reset = post("/sandbox/ui/reset", "{}", "application/json");

		assertThat(reset.path("ok").asBoolean()).isTrue();
		assertThat(reset.path("removed").asLong()).isGreaterThan(3);
		assertThat(sandboxKeys()).isEmpty();
		assertThat(redis.sync().get("sc:{T0ELSEWHERE}:kept")).isEqualTo("1");
		assertThat(JSON.readTree(seenBy("U0PRIYA")).path("messages")).isEmpty();
		assertThat(JSON.readTree(seenBy("U0KENJI")).path("messages")).isEmpty();

		// A fresh start: the channel is no study channel any more, and setting it up works as the first time.
		command("U0PRIYA", "/quiz setup 09:00 Europe/London");
		await().atMost(Duration.ofSeconds(10)).until(() -> seenBy("U0PRIYA").contains("post a question here"));
	}

	@Test
	void aResetMustComeAsJsonSoAnotherSitesFormCannotSendIt() throws Exception {
		command("U0PRIYA", "/quiz setup 09:00 Europe/London");
		await().atMost(Duration.ofSeconds(10)).until(() -> !sandboxKeys().isEmpty());

		HttpResponse<String> form = send("/sandbox/ui/reset", "", "application/x-www-form-urlencoded");

		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(sandboxKeys()).isNotEmpty();
		assertThat(seenBy("U0PRIYA")).contains("post a question here");
	}

	private List<String> sandboxKeys() {
		return this.app.getBean(Redis.class).sync().scan(ScanArgs.Builder.matches("sc:{T0SANDBOX}:*").limit(10_000))
			.getKeys();
	}

	private void command(String user, String text) throws Exception {
		JsonNode sent = post("/sandbox/ui/command",
				JSON.writeValueAsString(Map.of("user", user, "conversation", "C0STUDY", "text", text)), "application/json");
		assertThat(sent.path("status").asInt()).as(text).isEqualTo(200);
	}

	private String seenBy(String user) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri("/sandbox/ui/state?user=" + user + "&conversation=C0STUDY")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private JsonNode post(String path, String body, String type) throws Exception {
		return JSON.readTree(send(path, body, type).body());
	}

	private HttpResponse<String> send(String path, String body, String type) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
