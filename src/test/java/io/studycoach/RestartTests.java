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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default run, as a new user starts it: no REDIS_URL, so the coach starts its own redis-server
 * with append-only persistence. Progress made before a restart is still there after it.
 */
class RestartTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dataDir;

	@Test
	void statsAreUnchangedAfterTheAppAndItsRedisRestart() throws Exception {
		SlackStub.reset();
		String statsBefore;
		try (ConfigurableApplicationContext app = start()) {
			SlackRequests slack = requests(app);
			JsonNode question = JSON.readTree(slack.command("T0RESTART", "U0KEEP", "C0STUDY", "d1",
					SlackStub.responseUrl("restart-q")).body());
			String deliveryId = SlackPosts.deliveryIdIn(question);
			slack.interaction(rightAnswer(app, deliveryId));
			await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("restart-a").isEmpty());
			statsBefore = slack.command("T0RESTART", "U0KEEP", "C0STUDY", "stats", SlackStub.responseUrl("s")).body();
			assertThat(statsBefore).contains("Answered: *1*").contains("Right: *1*");
		}

		try (ConfigurableApplicationContext app = start()) {
			String statsAfter = requests(app).command("T0RESTART", "U0KEEP", "C0STUDY", "stats",
					SlackStub.responseUrl("s")).body();
			assertThat(statsAfter).isEqualTo(statsBefore);
		}
	}

	/** The click that answers the delivered question rightly, whichever question it is. */
	private static Map<String, Object> rightAnswer(ConfigurableApplicationContext app, String deliveryId) {
		String stored = app.getBean(Redis.class).sync().get("sc:{T0RESTART}:dlv:" + deliveryId);
		Question question = app.getBean(QuestionBank.class).question(stored.split("\\|")[1]).orElseThrow();
		return Interactions.rightAnswer("T0RESTART", "U0KEEP", question, deliveryId, "restart-a");
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(StudyCoachApplication.class).run("--server.port=0",
				"--slack.bot-token=xoxb-1111-2222-testtoken", "--slack.signing-secret=" + SlackRequests.SIGNING_SECRET,
				"--slack.api-url=" + SlackStub.apiUrl(), "--coach.redis.url=",
				"--coach.redis.data-dir=" + this.dataDir.toAbsolutePath());
	}

	private static SlackRequests requests(ConfigurableApplicationContext app) {
		return new SlackRequests(((WebServerApplicationContext) app).getWebServer().getPort());
	}

}
