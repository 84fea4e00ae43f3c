package io.studycoach.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.StoppableRedisCoach;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stops in the middle of a burst of answers and comes back: the answers during the outage get
 * "try again" and none is half-written; once Lettuce reconnects, every answer records.
 */
class RedisOutageTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String TEAM = "T0OUTAGE";

	private static final int USERS = 45;

	@TempDir
	Path dataDir;

	@Test
	void answersDuringAnOutageAreRefusedWholeAndAnswersAfterItRecord() throws Exception {
		try (StoppableRedisCoach coach = StoppableRedisCoach.start(this.dataDir)) {
			outage(coach);
		}
	}

	private void outage(StoppableRedisCoach coach) throws Exception {
		SlackRequests slack = coach.slack;
		QuestionBank bank = coach.bean(QuestionBank.class);
		List<String> deliveries = new ArrayList<>();
		List<Question> questions = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			JsonNode asked = JSON.readTree(slack.command(TEAM, user(i), "C0STUDY", "", SlackStub.responseUrl("q")).body());
			String delivery = SlackPosts.deliveryIdIn(asked);
			deliveries.add(delivery);
			questions.add(bank.question(coach.look(look -> look.sync().get("sc:{" + TEAM + "}:dlv:" + delivery))
				.split("\\|")[1]).orElseThrow());
		}

		for (int i = 0; i < 15; i++) {
			click(slack, i, deliveries, questions, "before" + i);
		}
		coach.stopRedis();
		for (int i = 15; i < 30; i++) {
			click(slack, i, deliveries, questions, "during" + i);
		}
		coach.startRedis(
				() -> !slack.command(TEAM, user(99), "C0STUDY", "stats", SlackStub.responseUrl("x")).body().contains("try again"));
		for (int i = 15; i < USERS; i++) {
			click(slack, i, deliveries, questions, "after" + i);
		}

		for (int i = 0; i < 15; i++) {
			assertThat(reply("before" + i)).contains("Right!");
		}
		for (int i = 15; i < 30; i++) {
			assertThat(reply("during" + i)).as("during the outage").contains("try again").doesNotContain("Right!");
		}
		for (int i = 15; i < USERS; i++) {
			assertThat(reply("after" + i)).as("after the outage").contains("Right!");
		}
		coach.look(look -> {
			RedisCommands<String, String> r = look.sync();
			for (int i = 0; i < USERS; i++) {
				String prefix = "sc:{" + TEAM + "}:";
				// Whole or nothing: the first answer, the counters, the day and the question all agree.
				assertThat(r.hexists(prefix + "dlv:" + deliveries.get(i) + ":answers", user(i))).as(user(i)).isTrue();
				assertThat(r.hget(prefix + "u:" + user(i) + ":stats", "answered")).as(user(i)).isEqualTo("1");
				assertThat(r.zscore(prefix + "u:" + user(i) + ":answered", questions.get(i).id())).as(user(i)).isNotNull();
				assertThat(r.bitcount(prefix + "u:" + user(i) + ":days")).as(user(i)).isEqualTo(1L);
			}
			return null;
		});
	}

	private static void click(SlackRequests slack, int i, List<String> deliveries, List<Question> questions, String name) {
		List<String> letters = questions.get(i).answer().stream().sorted().map(String::valueOf).toList();
		int status = slack.interaction(letters.size() == 1
				? Interactions.button(TEAM, user(i), "answer_" + letters.get(0), deliveries.get(i), name)
				: Interactions.submit(TEAM, user(i), deliveries.get(i), letters, name)).statusCode();
		assertThat(status).isEqualTo(200);
	}

	private static String reply(String name) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses(name).isEmpty());
		return SlackStub.responses(name).get(0).toString();
	}

	private static String user(int i) {
		return "U0OUT%03d".formatted(i);
	}

}
