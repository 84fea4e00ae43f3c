package io.studycoach.slack.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Answers;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackStub.awaitResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /quiz, an answer click and /quiz stats, driven through signed requests to the real Bolt app. */
class QuizFlowTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String USER = "U0LEARNER";

	@Test
	void quizRepliesWithAQuestionOnlyTheCallerSees() throws Exception {
		JsonNode reply = quiz("");

		assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
		assertThat(BlockKitLimits.violations(reply)).isEmpty();
		Question question = deliveredQuestion(reply);
		JsonNode answers = answersBlock(reply);
		if (question.multiSelect()) {
			assertThat(answers.path("elements").get(0).path("type").asText()).isEqualTo("checkboxes");
			assertThat(answers.path("elements").get(0).path("options")).hasSize(question.choices().size());
		}
		else {
			assertThat(answers.path("elements")).hasSize(question.choices().size());
			assertThat(answers.path("elements").get(0).path("action_id").asText()).isEqualTo("answer_A");
		}
		assertThat(reply.toString()).contains(question.question().substring(0, 30).replace("&", "&amp;")
			.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "\\\""));
	}

	@Test
	void rightAnswerReplacesTheQuestionWithFeedback() throws Exception {
		JsonNode reply = quiz("d4");
		Question question = deliveredQuestion(reply);
		assertThat(question.domain()).isEqualTo("d4");

		HttpResponse<String> click = click(reply, Answers.right(question), "right");

		assertThat(click.statusCode()).isEqualTo(200);
		JsonNode feedback = awaitResponse("right");
		assertThat(feedback.path("replace_original").asBoolean()).isTrue();
		assertThat(feedback.path("response_type").asText()).isEqualTo("ephemeral");
		assertThat(feedback.toString()).contains("Right!").contains("1-day streak").contains(question.references().get(0));
		assertThat(BlockKitLimits.violations(feedback)).isEmpty();
		assertThat(redis().hget(statsKey(), "answered")).isEqualTo("1");
		assertThat(redis().hget(statsKey(), "right")).isEqualTo("1");
		assertThat(redis().hget(statsKey(), "d4:right")).isEqualTo("1");
	}

	@Test
	void wrongAnswerShowsTheRightOneAndTheExplanation() throws Exception {
		JsonNode reply = quiz("monitoring");
		Question question = deliveredQuestion(reply);
		assertThat(question.domain()).isEqualTo("d6");

		click(reply, Answers.wrong(question), "wrong");

		JsonNode feedback = awaitResponse("wrong");
		assertThat(feedback.toString()).contains("Not quite").contains("the answer is *" + question.answerLetters() + "*");
		assertThat(feedback.toString()).contains(question.explanation().substring(0, 20).replace("\"", "\\\""));
		assertThat(redis().hget(statsKey(), "answered")).isEqualTo("1");
		assertThat(redis().hget(statsKey(), "right")).isNull();
	}

	@Test
	void aDoubleClickOrARetryCountsOnce() throws Exception {
		JsonNode reply = quiz("");
		Question question = deliveredQuestion(reply);

		click(reply, Answers.right(question), "first");
		awaitResponse("first");
		click(reply, Answers.wrong(question), "second");

		JsonNode second = awaitResponse("second");
		assertThat(second.toString()).contains("already answered");
		assertThat(second.path("replace_original").asBoolean()).isFalse();
		assertThat(redis().hget(statsKey(), "answered")).isEqualTo("1");
		assertThat(redis().hget(statsKey(), "right")).isEqualTo("1");
	}

	@Test
	void clicksArrivingTogetherCountOnce() throws Exception {
		JsonNode reply = quiz("");
		Question question = deliveredQuestion(reply);

		List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
		IntStream.range(0, 8)
			.forEach(i -> clicks.add(CompletableFuture.supplyAsync(() -> click(reply, Answers.right(question), "burst"))));
		clicks.forEach(click -> assertThat(click.join().statusCode()).isEqualTo(200));

		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.responses("burst").size() == 8);
		assertThat(SlackStub.responses("burst").stream().filter(r -> r.toString().contains("Right!"))).hasSize(1);
		assertThat(redis().hget(statsKey(), "answered")).isEqualTo("1");
	}

	@Test
	void nobodyCanAnswerSomeoneElsesQuestion() throws Exception {
		JsonNode reply = quiz("");
		Question question = deliveredQuestion(reply);

		this.slack.interaction(Interactions.button(this.team, "U0INTRUDER", "answer_" + Answers.right(question).get(0),
				deliveryId(reply), "intruder"));

		assertThat(awaitResponse("intruder").toString()).contains("asked of someone else");
		assertThat(redis().hget(statsKey(), "answered")).isNull();
		assertThat(redis().exists("sc:{" + this.team + "}:u:U0INTRUDER:stats")).isZero();
	}

	@Test
	void aForgedOrExpiredQuestionIdCountsNothing() throws Exception {
		this.slack.interaction(Interactions.button(this.team, USER, "answer_A", "AAAAAAAAAAAAAAAA", "forged"));

		assertThat(awaitResponse("forged").toString()).contains("expired");
		assertThat(redis().exists(statsKey())).isZero();
	}

	@Test
	void aChooseTwoQuestionIsRightOnlyWithExactlyTheRightPair() throws Exception {
		JsonNode reply = quizUntil(Question::multiSelect);
		Question question = deliveredQuestion(reply);
		List<String> rightPair = Answers.right(question);

		this.slack.interaction(Interactions.submit(this.team, USER, deliveryId(reply), rightPair.subList(0, 1), "one"));
		assertThat(awaitResponse("one").toString()).contains("Tick 2 answers");
		assertThat(redis().hget(statsKey(), "answered")).isNull();

		this.slack.interaction(Interactions.submit(this.team, USER, deliveryId(reply), rightPair, "pair"));
		assertThat(awaitResponse("pair").toString()).contains("Right!");
		assertThat(redis().hget(statsKey(), "right")).isEqualTo("1");
	}

	@Test
	void statsShowStreaksAccuracyByDomainAndTheWeakestDomain() throws Exception {
		JsonNode first = quiz("d3");
		click(first, Answers.wrong(deliveredQuestion(first)), "s1");
		awaitResponse("s1");
		this.clock.advance(Duration.ofDays(1));
		JsonNode second = quiz("d4");
		click(second, Answers.right(deliveredQuestion(second)), "s2");
		assertThat(awaitResponse("s2").toString()).contains("2-day streak");

		JsonNode stats = quiz("stats");

		String text = stats.toString();
		assertThat(text).contains("Current streak: *2*").contains("Answered: *2*").contains("(50%)");
		assertThat(text).contains("Data Preparation and Processing (0/1)").contains("ML Model Development (1/1)");
		assertThat(text).contains("weakest domain is *Data Preparation and Processing*");
		assertThat(BlockKitLimits.violations(stats)).isEmpty();
	}

	@Test
	void anUnknownSubcommandGetsUsageListingEverySubcommand() throws Exception {
		JsonNode reply = quiz("frobnicate <!channel>");

		String text = reply.toString();
		assertThat(text).contains("I don't understand").contains("&lt;!channel&gt;").doesNotContain("<!channel>");
		assertThat(text).contains("/quiz stats").contains("/quiz help").contains("/quiz <domain>".replace("<", "&lt;")
			.replace(">", "&gt;")).contains("`d6`");
	}

	@Test
	void answeringDeliversTheTimeZoneLookupOnlyOnceADay() throws Exception {
		SlackStub.userZone(USER, "Asia/Tokyo");
		JsonNode reply = quiz("");
		click(reply, Answers.right(deliveredQuestion(reply)), "tz");
		awaitResponse("tz");
		quiz("stats");

		assertThat(SlackStub.calls("users.info")).hasSize(1);
		assertThat(SlackStub.calls("users.info").get(0)).containsEntry("user", USER);
		assertThat(redis().get("sc:{" + this.team + "}:u:" + USER + ":profile")).isEqualTo("Asia/Tokyo|0|0");
	}

	private JsonNode quiz(String text) throws Exception {
		HttpResponse<String> response = this.slack.command(this.team, USER, "C0STUDY", text,
				SlackStub.responseUrl("command"));
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private JsonNode quizUntil(java.util.function.Predicate<Question> wanted) throws Exception {
		for (int i = 0; i < 200; i++) {
			JsonNode reply = quiz("");
			if (wanted.test(deliveredQuestion(reply))) {
				return reply;
			}
		}
		throw new AssertionError("No such question delivered in 200 tries");
	}

	private HttpResponse<String> click(JsonNode reply, List<String> letters, String responseName) {
		return this.slack.answer(this.team, USER, deliveryId(reply), letters, responseName);
	}

	private static JsonNode answersBlock(JsonNode reply) {
		for (JsonNode block : reply.path("blocks")) {
			if (block.path("block_id").asText().equals("answers")) {
				return block;
			}
		}
		throw new AssertionError("No answers block in " + reply);
	}


	private String statsKey() {
		return "sc:{" + this.team + "}:u:" + USER + ":stats";
	}

}
