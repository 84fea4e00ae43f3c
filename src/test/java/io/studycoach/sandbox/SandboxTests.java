package io.studycoach.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.StudyCoachApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A start with no Slack settings opens the sandbox, whose stand-in answers like Slack. */
@ExtendWith(OutputCaptureExtension.class)
class SandboxTests {

	private static final ObjectMapper JSON = new ObjectMapper();

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
				"--coach.sandbox.data-dir=" + Files.createTempDirectory("sandbox-redis"),
				"--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID());
	}

	@AfterEach
	void stop() {
		this.app.close();
	}

	@Test
	void noSlackSettingsOpensTheSandboxAndSaysWhere(CapturedOutput output) throws Exception {
		assertThat(output).contains("running the local Slack sandbox. Open http://localhost:" + this.port + "/sandbox");
		HttpResponse<String> page = get("/sandbox");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Study Coach sandbox").contains("/sandbox/assets/sandbox.js");
		assertThat(get("/sandbox/assets/sandbox.js").body()).contains("renderBlock");
	}

	@Test
	void aCommandTakesTheProductionPathAndItsReplyShowsOnlyToTheMember() throws Exception {
		JsonNode sent = post("/sandbox/ui/command", "{\"user\":\"U0MARIA\",\"conversation\":\"C0STUDY\",\"text\":\"/quiz d4\"}");
		assertThat(sent.path("status").asInt()).isEqualTo(200);

		JsonNode maria = JSON.readTree(get("/sandbox/ui/state?user=U0MARIA&conversation=C0STUDY").body());
		JsonNode jonas = JSON.readTree(get("/sandbox/ui/state?user=U0JONAS&conversation=C0STUDY").body());
		assertThat(maria.path("messages").toString()).contains("ML Model Development").contains("answer_");
		assertThat(jonas.path("messages").toString()).doesNotContain("answer_");
	}

	@Test
	void theStandInAnswersWithSlacksShapesAndErrors() throws Exception {
		assertThat(api("chat.postMessage", "channel=C0NOPE&text=hi").path("error").asText()).isEqualTo("channel_not_found");
		assertThat(api("chat.postMessage", "channel=C0STUDY").path("error").asText()).isEqualTo("no_text");
		assertThat(api("users.info", "user=U0NOBODY").path("error").asText()).isEqualTo("user_not_found");
		assertThat(api("users.info", "user=U0KENJI").path("user").path("tz").asText()).isEqualTo("Asia/Tokyo");
		JsonNode posted = api("chat.postMessage", "channel=C0STUDY&text=hello");
		assertThat(posted.path("ok").asBoolean()).isTrue();
		assertThat(api("chat.update", "channel=C0STUDY&ts=" + posted.path("ts").asText() + "&text=edited").path("ok")
			.asBoolean()).isTrue();
		assertThat(api("chat.update", "channel=C0STUDY&ts=1.2&text=x").path("error").asText()).isEqualTo("message_not_found");
		HttpResponse<String> unauthorized = this.http.send(HttpRequest.newBuilder(uri("/sandbox/api/auth.test"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(""))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unauthorized.body()).contains("invalid_auth");
	}

	@Test
	void typingAtNameSendsTheMentionAsSlackDoesSoTheLeadCanShareTheRole() throws Exception {
		command("U0PRIYA", "/quiz setup 09:00 Europe/London");
		await().atMost(Duration.ofSeconds(10)).until(() -> channelSeenBy("U0PRIYA").contains("post a question here"));

		command("U0PRIYA", "/quiz lead add @Kenji");

		await().atMost(Duration.ofSeconds(10)).until(() -> channelSeenBy("U0PRIYA").contains("<@U0KENJI> is now a lead"));
		// Kenji may now do what only leads may.
		command("U0KENJI", "/quiz pause");
		await().atMost(Duration.ofSeconds(10)).until(() -> channelSeenBy("U0KENJI").contains("Paused"));
		// A name that is no member's stays as typed, and is refused by name.
		command("U0PRIYA", "/quiz lead add @Nobody");
		await().atMost(Duration.ofSeconds(10)).until(() -> channelSeenBy("U0PRIYA").contains("`@Nobody` isn't someone"));
	}

	private void command(String user, String text) throws Exception {
		JsonNode sent = post("/sandbox/ui/command", JSON.writeValueAsString(
				java.util.Map.of("user", user, "conversation", "C0STUDY", "text", text)));
		assertThat(sent.path("status").asInt()).as(text).isEqualTo(200);
	}

	private String channelSeenBy(String user) throws Exception {
		return get("/sandbox/ui/state?user=" + user + "&conversation=C0STUDY").body();
	}

	@Test
	void aRequestToSlackEventsWithoutTheSandboxSignatureIsRefused() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/slack/events"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("command=/quiz&team_id=T0SANDBOX&user_id=U0KENJI"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	private JsonNode api(String method, String form) throws Exception {
		return JSON.readTree(this.http.send(HttpRequest.newBuilder(uri("/sandbox/api/" + method))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Bearer " + SandboxEnvironment.BOT_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
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
