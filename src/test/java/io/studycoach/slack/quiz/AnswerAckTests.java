package io.studycoach.slack.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycoach.content.Question;
import io.studycoach.progress.Delivery;
import io.studycoach.quiz.QuizService;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.studycoach.support.SlackStub.awaitResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answer clicks from Slack's side while Slack is slow: the click is acknowledged at once and the
 * answer recorded exactly once, whatever users.info costs.
 */
class AnswerAckTests extends CoachIntegrationTest {

	private static final String USER = "U0NEWMEMBER";

	private static final Duration ACK = Duration.ofSeconds(1);

	@Autowired
	private QuizService quiz;

	@Test
	void aClickWhileUsersInfoTakesFiveSecondsIsAckedAtOnceAndRecordedOnce() {
		warmUp();
		slowUsersInfo(Duration.ofSeconds(5));
		// A question the member has never had their profile looked up for (as a new member's is).
		QuizService.Asked asked = this.quiz.ask(this.team, USER, "D0COACH", "", ZoneOffset.UTC, Delivery.Kind.QUIZ);

		long started = System.nanoTime();
		HttpResponse<String> click = click(asked, Answers.right(asked.question()), "first");
		Duration firstAck = Duration.ofNanos(System.nanoTime() - started);
		started = System.nanoTime();
		HttpResponse<String> again = click(asked, Answers.right(asked.question()), "again");
		Duration secondAck = Duration.ofNanos(System.nanoTime() - started);

		assertThat(click.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(firstAck).isLessThan(ACK);
		assertThat(secondAck).isLessThan(ACK);
		// Recorded before the ack: the stats say so the moment the click returns.
		assertThat(redis().hget(statsKey(), "answered")).isEqualTo("1");
		assertThat(awaitResponse("first").toString()).contains("Right!");
		assertThat(awaitResponse("again").toString()).contains("already answered");
		assertThat(redis().hget(statsKey(), "answered")).isEqualTo("1");
		assertThat(redis().hget(statsKey(), "right")).isEqualTo("1");
		// The zone is learned after the ack, once, for the member's next answers.
		await().atMost(Duration.ofSeconds(15))
			.until(() -> String.valueOf(redis().get("sc:{" + this.team + "}:u:" + USER + ":profile")).startsWith("Asia/Tokyo|0|0|"));
		assertThat(SlackStub.calls("users.info")).hasSize(1);
	}

	@Test
	void aNextQuestionClickIsAckedBeforeTheZoneIsLookedUp() {
		warmUp();
		slowUsersInfo(Duration.ofSeconds(3));
		Map<String, Object> next = Interactions.button(this.team, USER, "quiz_next", "d4", "next");

		long started = System.nanoTime();
		HttpResponse<String> click = this.slack.interaction(next);
		Duration ack = Duration.ofNanos(System.nanoTime() - started);

		assertThat(click.statusCode()).isEqualTo(200);
		assertThat(ack).isLessThan(ACK);
		JsonNode question = awaitResponse("next");
		assertThat(question.toString()).contains("answer_");
	}

	private HttpResponse<String> click(QuizService.Asked asked, List<String> letters, String name) {
		Question question = asked.question();
		String delivery = asked.delivery().id();
		if (question.multiSelect()) {
			return this.slack.interaction(Interactions.submit(this.team, USER, delivery, letters, name));
		}
		return this.slack.interaction(Interactions.button(this.team, USER, "answer_" + letters.get(0), delivery, name));
	}

	/** The first request of a fresh application context also starts Bolt; keep that out of the timings. */
	private void warmUp() {
		assertThat(this.slack.command(this.team, "U0WARM", "C0ANY", "help", SlackStub.responseUrl("warm")).statusCode())
			.isEqualTo(200);
	}

	private static void slowUsersInfo(Duration delay) {
		SlackStub.server()
			.stubFor(any(urlPathEqualTo("/api/users.info")).atPriority(1)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody(SlackStub.usersInfo(USER, "Asia/Tokyo"))
					.withFixedDelay((int) delay.toMillis())));
	}

	private String statsKey() {
		return "sc:{" + this.team + "}:u:" + USER + ":stats";
	}

}
