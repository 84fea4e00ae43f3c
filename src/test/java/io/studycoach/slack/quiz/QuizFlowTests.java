package io.studycoach.slack.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackStub.awaitResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /quiz, an answer click and /quiz stats, driven through signed requests to the real Bolt app. */
class QuizFlowTests extends CoachIntegrationTest {

	@Autowired
	private LearnerAbilities abilities;

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
		assertThat(redis().hget(statsKey(), "d4:r")).isEqualTo("1");
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
		assertThat(redis().get("sc:{" + this.team + "}:u:" + USER + ":profile")).startsWith("Asia/Tokyo|0|0|");
	}

	@Test
	void sectionAndTagWordsPractiseThatPartOfTheExamGuide() throws Exception {
		JsonNode serving = quiz("s4");
		Question question = deliveredQuestion(serving);
		assertThat(question.guide()).startsWith("4.");
		// Both lenses show on the question: its study domain and its place in the exam guide.
		assertThat(serving.toString()).contains(this.bank.domain(question.domain()).name())
			.contains("exam guide " + question.guide() + " Serving and scaling");
		assertThat(deliveredQuestion(quiz("serving")).guide()).startsWith("4.");
		assertThat(deliveredQuestion(quiz("lineage")).guide()).startsWith("5.");
		assertThat(deliveredQuestion(quiz("genai")).tags()).contains("genai");
		assertThat(deliveredQuestion(quiz("d4")).domain()).isEqualTo("d4");
	}

	@Test
	void anUnknownAreaGetsTheListOfValidWords() throws Exception {
		String help = quiz("s9").toString();

		assertThat(help).contains("There's no study area `s9`").contains("`d4` ML Model Development")
			.contains("`s4` Serving and scaling models").contains("`genai` Generative AI");
		assertThat(quiz("plan fastest").toString()).contains("`fastest` isn't a plan").contains("/quiz plan exam");
	}

	@Test
	void theExamPlanIsChosenAndStatsShowProgressBySection() throws Exception {
		JsonNode chosen = quiz("plan exam");
		assertThat(chosen.toString()).contains("exam guide's").contains("13/14/18/20/22/13%");
		assertThat(redis().hget(statsKey(), "plan")).isEqualTo("exam");

		JsonNode reply = quiz("s4");
		Question question = deliveredQuestion(reply);
		click(reply, Answers.right(question), "right-s4");
		awaitResponse("right-s4");

		assertThat(redis().hget(statsKey(), "s4:a")).isEqualTo("1");
		assertThat(redis().hget(statsKey(), "s4:r")).isEqualTo("1");
		assertThat(redis().hget(statsKey(), question.domain() + ":r")).isEqualTo("1");
		JsonNode stats = quiz("stats");
		assertThat(BlockKitLimits.violations(stats)).isEmpty();
		assertThat(stats.toString()).contains("Accuracy by exam-guide section")
			.contains("100%  Serving and scaling models (1/1)")
			.contains("follow the exam guide's plan")
			.contains("/quiz plan data-engineer");
	}

	@Test
	void statsPredictTheExamScoreOnlyOnceThereIsEnoughEvidence() throws Exception {
		assertThat(quiz("stats").toString()).contains("*Predicted exam score:* not yet. After 10 more first answers");

		for (int n = 0; n < 10; n++) {
			JsonNode reply = quiz("");
			Question question = deliveredQuestion(reply);
			click(reply, n % 3 == 0 ? Answers.wrong(question) : Answers.right(question), "evidence" + n);
			awaitResponse("evidence" + n);
		}

		// The model learns on its own thread after each acknowledgement.
		await().untilAsserted(() -> assertThat(this.abilities.predict(this.team, USER).firstAnswers()).isEqualTo(10));
		JsonNode stats = quiz("stats");
		assertThat(BlockKitLimits.violations(stats)).isEmpty();
		assertThat(stats.toString()).containsPattern("Predicted exam score today: \\d+%\\* \\(\\d+–\\d+%, 80% sure\\), from 10 first answers")
			.contains("Google does not publish its passing score")
			.containsPattern("Serving and scaling models  ·  seen \\d+ of \\d+");
		// The deployment-wide difficulty of every answered question has moved off its label.
		assertThat(redis().hlen("sc:questions:difficulty")).isGreaterThanOrEqualTo(1L);
	}

	@Test
	void anExamDateGivesACountdownAndAPlanAndBadDatesSayWhy() throws Exception {
		// The test clock stands at a fixed day; the dates are relative to it.
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
		String date = today.plusDays(60).toString();

		awaitCommand("exam-date " + date, "date");
		assertThat(awaitResponse("date").toString()).contains("Exam day noted: *" + date + "*, 60 days from now")
			.contains("questions a day").contains("practice exam around " + today.plusDays(39));
		assertThat(redis().hget(statsKey(), "exam_date")).isEqualTo(date);
		assertThat(quiz("stats").toString()).contains("60 days to your exam");

		awaitCommand("exam-date " + today.minusDays(1), "past");
		assertThat(awaitResponse("past").toString()).contains("has already passed");
		awaitCommand("exam-date " + today.plusYears(2), "far");
		assertThat(awaitResponse("far").toString()).contains("more than a year away");
		awaitCommand("exam-date 15/03/2027", "bad");
		assertThat(awaitResponse("bad").toString()).contains("isn't a date: use the form `/quiz exam-date 2027-03-15`");
		assertThat(redis().hget(statsKey(), "exam_date")).isEqualTo(date);

		awaitCommand("exam-date clear", "clear");
		assertThat(awaitResponse("clear").toString()).contains("cleared");
		assertThat(redis().hget(statsKey(), "exam_date")).isNull();
	}

	private void awaitCommand(String text, String name) {
		assertThat(this.slack.command(this.team, USER, "C0STUDY", text, SlackStub.responseUrl(name)).statusCode())
			.isEqualTo(200);
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
