package io.studycoach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.Redis;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.aot.AotDetector;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context the build prepares ahead of time, as the production flags start it
 * ({@code -Dspring.aot.enabled=true}): one for a start with Slack settings and one for the sandbox,
 * whose beans differ, and a plain start where a setting asks for what the prepared one settled at build
 * time. It runs after {@code package}, which makes the prepared contexts (see pom.xml).
 */
class PreparedContextTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String TEAM = "T0PREPARED";

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dataDir;

	@BeforeEach
	void prepared() {
		assertThat(PreparedContextTests.class.getResource("StudyCoachApplication__ApplicationContextInitializer.class"))
			.as("no prepared context in target/classes: run ./mvnw verify, whose package step makes it")
			.isNotNull();
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
	}

	@AfterEach
	void plainAgain() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	void withSlackSettingsThePreparedContextAnswersAQuestionAndItsClick() throws Exception {
		SlackStub.reset();
		try (ConfigurableApplicationContext app = start(slack())) {
			assertThat(app).isNotInstanceOf(AnnotationConfigServletWebServerApplicationContext.class);
			SlackRequests slack = new SlackRequests(port(app));
			JsonNode question = JSON.readTree(slack.command(TEAM, "U0PREP", "C0STUDY", "d4",
					SlackStub.responseUrl("prepared-q")).body());
			String deliveryId = SlackPosts.deliveryIdIn(question);
			slack.interaction(rightAnswer(app, deliveryId));
			assertThat(SlackStub.awaitResponse("prepared-a").toString()).contains("Right");

			// Neither the sandbox's beans nor the Socket Mode link's health belong to this start.
			assertThat(app.getBean(Clock.class).getClass().getSimpleName()).isNotEqualTo("SandboxClock");
			assertThat(get(port(app), "/sandbox").statusCode()).isEqualTo(404);
			assertThat(get(port(app), "/actuator/health").body()).contains("\"redis\"").doesNotContain("slackSocketMode");
		}
	}

	@Test
	void theSandboxStartsFromItsOwnPreparedContext() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort(); // the sandbox's Slack stand-in is told its address before it listens
		}
		try (ConfigurableApplicationContext app = start("--server.port=" + port, "--sandbox", "--coach.delivery.cron=-",
				"--coach.sandbox.data-dir=" + this.dataDir.toAbsolutePath())) {
			assertThat(app).isNotInstanceOf(AnnotationConfigServletWebServerApplicationContext.class);
			assertThat(app.getBean(Clock.class).getClass().getSimpleName()).isEqualTo("SandboxClock");
			HttpResponse<String> page = get(port(app), "/sandbox");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Study Coach sandbox");
		}
	}

	@Test
	void aSeparateManagementPortGetsAPlainStartWithThatPort() throws Exception {
		SlackStub.reset();
		try (ConfigurableApplicationContext app = start(
				Stream.concat(Stream.of(slack()), Stream.of("--management.server.port=0")).toArray(String[]::new))) {
			assertThat(app).isInstanceOf(AnnotationConfigServletWebServerApplicationContext.class);
			int management = Integer.parseInt(app.getEnvironment().getProperty("local.management.port"));
			assertThat(management).isNotEqualTo(port(app));
			assertThat(get(management, "/actuator/health").statusCode()).isEqualTo(200);
		}
	}

	private String[] slack() {
		return new String[] { "--server.port=0", "--slack.bot-token=xoxb-1111-2222-testtoken",
				"--slack.signing-secret=" + SlackRequests.SIGNING_SECRET, "--slack.api-url=" + SlackStub.apiUrl(),
				"--coach.redis.url=", "--coach.redis.data-dir=" + this.dataDir.toAbsolutePath(),
				"--coach.delivery.cron=-" };
	}

	private static ConfigurableApplicationContext start(String... args) {
		// As java -jar starts it: the prepared context is found by the main class's name.
		return new SpringApplicationBuilder(StudyCoachApplication.class).main(StudyCoachApplication.class).run(args);
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The click that answers the delivered question rightly, whichever question it is. */
	private static Map<String, Object> rightAnswer(ConfigurableApplicationContext app, String deliveryId) {
		String stored = app.getBean(Redis.class).sync().get("sc:{" + TEAM + "}:dlv:" + deliveryId);
		Question question = app.getBean(QuestionBank.class).question(stored.split("\\|")[1]).orElseThrow();
		return Interactions.rightAnswer(TEAM, "U0PREP", question, deliveryId, "prepared-a");
	}

}
