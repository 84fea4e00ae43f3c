package io.studycoach.slack.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.ServedTeams;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;
import io.studycoach.support.WireTurns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis round trips an answer click waits for before its acknowledgement, counted on the wire by a
 * relay between the coach and Redis ({@link WireTurns}). Each is a wait in which the request thread
 * sleeps and must be woken, and on a busy small machine every wake-up risks a late one: their
 * number showed in B1's tail. The count is pinned so that a feature adding a read before the ack says
 * so here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slack.bot-token=xoxb-1111-2222-testtoken", "slack.signing-secret=" + SlackRequests.SIGNING_SECRET })
@Import(CoachIntegrationTest.TestClockConfiguration.class)
class AnswerRoundTripsTests {

	private static final WireTurns wire = WireTurns.toTestRedis();

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * Measured on the wire: 3 round trips, 2 of them at the same time.
	 * <ol>
	 * <li>the cached profile, the placement step, the delivery, the learner's progress and the streak
	 * calendar's subscription and channels (sent together on the shared connection), and</li>
	 * <li>the study days and vacation days (on the binary connection, at the same time as 1)</li>
	 * <li>the answer script (record-answer.lua)</li>
	 * </ol>
	 * Before they were asked for together, the same click waited on 6 one after another (the profile,
	 * the delivery, the progress, the script, the placement step, with the streak's reads beside them).
	 */
	private static final int ROUND_TRIPS_BEFORE_ACK = 3;

	@LocalServerPort
	private int port;

	@Autowired
	private QuestionBank bank;

	@Autowired
	private ServedTeams served;

	@Autowired
	private MutableClock clock;

	private SlackRequests slack;

	private String team;

	@DynamicPropertySource
	static void coachProperties(DynamicPropertyRegistry registry) {
		CoachIntegrationTest.testSettings(registry);
		registry.add("coach.redis.url", wire::url);
	}

	@BeforeEach
	void setUp() {
		SlackStub.reset();
		this.clock.set(CoachIntegrationTest.START);
		this.slack = new SlackRequests(this.port);
		this.team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		this.served.serveOnly(this.team);
	}

	@Test
	void anAnswerClickWaitsOnRedisThreeTimesBeforeItsAcknowledgement() {
		click("U0WARM"); // loads the scripts into Redis and the quarantine list into the coach
		List<List<WireTurns.Turn>> clicks = new ArrayList<>();
		for (String user : List.of("U0ANS1", "U0ANS2", "U0ANS3")) {
			clicks.add(click(user));
		}

		List<WireTurns.Turn> fewest = clicks.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
		assertThat(fewest).as("Redis round trips before an answer's acknowledgement (#connection commands):%n%s",
				String.join("\n", fewest.stream().map(Object::toString).toList())).hasSize(ROUND_TRIPS_BEFORE_ACK);
		assertThat(fewest.get(fewest.size() - 1).commands()).anyMatch(command -> command.startsWith("EVALSHA"));
	}

	/** A /quiz, then its right answer; the turns up to and with the answer script, once all else is quiet. */
	private List<WireTurns.Turn> click(String user) {
		HttpResponse<String> quiz = this.slack.command(this.team, user, "C0STUDY", "", SlackStub.responseUrl("ask-" + user));
		JsonNode asked = read(quiz.body());
		String delivery = SlackPosts.deliveryId(asked);
		String questionId = TestRedis.connection().sync().get(RedisKeys.team(this.team).delivery(delivery)).split("\\|")[1];
		Question question = this.bank.question(questionId).orElseThrow();
		List<String> letters = question.answer().stream().sorted().map(String::valueOf).toList();
		wire.awaitQuiet();

		HttpResponse<String> ack = this.slack.answer(this.team, user, delivery, letters, "feedback-" + user);
		assertThat(ack.statusCode()).isEqualTo(200);
		assertThat(SlackStub.awaitResponse("feedback-" + user).toString()).contains("Right!");
		List<WireTurns.Turn> turns = wire.coachTurns();
		List<WireTurns.Turn> beforeAck = new ArrayList<>();
		for (WireTurns.Turn turn : turns) {
			beforeAck.add(turn);
			if (turn.commands().stream().anyMatch(command -> command.startsWith("EVALSHA"))) {
				return beforeAck;
			}
		}
		throw new AssertionError("no answer script among " + turns);
	}

	private static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
