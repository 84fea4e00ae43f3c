package io.studycoach.slack.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** /quiz exam's other forms and edges: bad lengths, one exam at a time, abandon, time up, history, Home, forget-me. */
class ExamCommandTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String USER = "U0EXAMCMD";

	@Autowired
	private QuestionBank bank;

	@Autowired
	private DeliveryTick tick;

	private ExamSlack exam;

	@BeforeEach
	void setUp() {
		this.exam = new ExamSlack(this.slack, this.team);
	}

	@Test
	void aLengthOutsideTenToSixtyIsRefusedWithTheReasonAndTheFormThatWorks() {
		for (String text : List.of("exam 5", "exam 61", "exam -3")) {
			JsonNode reply = this.exam.command(USER, "C0STUDY", text);
			assertThat(reply.toString()).as(text).contains("10 to 60 questions").contains("2.4 minutes each")
				.contains("`/quiz exam 10` to `/quiz exam 60`").contains("50 questions in 120 minutes");
		}
		assertThat(this.exam.command(USER, "C0STUDY", "exam soon").toString()).contains("`/quiz exam soon`")
			.contains("`/quiz exam 20`");
		assertThat(redis().exists(key("exam"))).isZero();
		assertThat(SlackStub.calls("chat.postMessage")).isEmpty();
	}

	@Test
	void aFullExamIsFiftyQuestionsInTwoHoursAndASecondStartBringsBackTheCurrentQuestion() {
		JsonNode started = this.exam.command(USER, "C0STUDY", "exam");
		assertThat(started.toString()).contains("50 questions in 120 minutes");
		assertThat(ExamSlack.posts("D0DM").get(0).path("text").asText()).startsWith("Question 1 of 50 · 2:00 left");
		String examId = redis().get(key("exam"));
		this.exam.button(USER, "exam_go_6", examId + "|" + USER + "|6");

		this.clock.advance(Duration.ofMinutes(29).plusSeconds(30));
		JsonNode again = this.exam.command(USER, "C0STUDY", "exam 20");

		assertThat(again.toString()).contains("still running: question 7 of 50, 1:31 left");
		List<JsonNode> dms = ExamSlack.posts("D0DM");
		assertThat(dms).hasSize(2);
		assertThat(dms.get(1).path("text").asText()).isEqualTo("Question 7 of 50 · 1:31 left · 0 answered");
		assertThat(redis().get(key("exam"))).isEqualTo(examId);
		assertThat(redis().keys("sc:{" + this.team + "}:u:" + USER + ":exam:*")
			.stream()
			.filter(k -> !k.endsWith(":clicks"))).containsExactly(key("exam:" + examId));
	}

	@Test
	void abandonAsksFirstThenEndsTheExamWithoutAScore() {
		this.exam.command(USER, "D0DM", "exam 10");
		String examId = redis().get(key("exam"));

		JsonNode ask = this.exam.command(USER, "D0DM", "exam abandon");
		assertThat(ask.toString()).contains("Abandon your practice exam?").contains("question 1 of 10 with 0:24 left");
		assertThat(redis().hget(key("exam:" + examId), "status")).isEqualTo("RUNNING");

		JsonNode kept = this.exam.button(USER, "exam_keep_going", examId + "|" + USER + "|0");
		assertThat(kept.toString()).contains("Carry on");
		assertThat(redis().hget(key("exam:" + examId), "status")).isEqualTo("RUNNING");

		JsonNode abandoned = this.exam.button(USER, "exam_abandon", examId + "|" + USER + "|0");
		assertThat(abandoned.toString()).contains("Exam abandoned; no score was kept");
		assertThat(redis().hget(key("exam:" + examId), "status")).isEqualTo("ABANDONED");
		assertThat(redis().exists(key("exam"), key("exams"))).isZero();
		assertThat(redis().zrange("sc:{" + this.team + "}:due", 0, -1)).isEmpty();
		assertThat(this.exam.button(USER, "exam_go_1", examId + "|" + USER + "|1").toString())
			.contains("it was abandoned");
		assertThat(this.exam.command(USER, "D0DM", "exam abandon").toString()).contains("no practice exam running");
	}

	@Test
	void aClickAfterTheDeadlineSubmitsTheExamAndTheTickSendsNoSecondResult() {
		this.exam.command(USER, "D0DM", "exam 10");
		String examId = redis().get(key("exam"));
		Question q = this.bank.question(redis().hget(key("exam:" + examId), "q").split(",")[0]).orElseThrow();
		if (!q.multiSelect()) {
			this.exam.button(USER, "exam_choice_" + Answers.right(q).get(0), examId + "|" + USER + "|0");
		}
		this.clock.advance(Duration.ofMinutes(24));

		JsonNode late = this.exam.button(USER, "exam_go_1", examId + "|" + USER + "|1");
		assertThat(late.toString()).contains("Time is up");
		await().atMost(Duration.ofSeconds(10)).until(() -> results().size() == 1);
		assertThat(results().get(0).toString()).contains("submitted automatically at the deadline");
		assertThat(this.tick.run()).isLessThanOrEqualTo(1);
		assertThat(results()).hasSize(1);
		assertThat(redis().hget(key("exam:" + examId), "how")).isEqualTo("deadline");
	}

	@Test
	void historyListsTheLatestAttemptsWithTheirWeakestSectionAndTheTrend() {
		assertThat(this.exam.command(USER, "D0DM", "exam history").toString()).contains("None yet");
		takeAnExam(0);
		takeAnExam(10);

		JsonNode history = this.exam.command(USER, "D0DM", "exam history");
		assertThat(BlockKitLimits.violations(history)).isEmpty();
		assertThat(history.toString()).contains("10 questions · *100%* (10/10)").contains("10 questions · *0%* (0/10)")
			.contains("weakest: ").contains("up 100 points on the exam before");
		assertThat(history.toString().indexOf("*100%*")).isLessThan(history.toString().indexOf("*0%*"));
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.calls("files.completeUploadExternal")
			.stream()
			.anyMatch(c -> c.get("files").contains("Practice exams by guide section") && c.get("channel_id").equals("D0DM")));
	}

	@Test
	void theHomeTabShowsTheLatestScoreAndStartsAnExam() throws Exception {
		takeAnExam(10);
		openHome();
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.calls("views.publish").isEmpty());
		JsonNode view = JSON.readTree(SlackStub.calls("views.publish").get(0).get("view"));
		assertThat(view.toString()).contains("*Practice exams* · latest *100%* (10/10)").contains("home_exam");
		assertThat(BlockKitLimits.violations(JSON.createObjectNode().put("text", "home").set("blocks", view.path("blocks")),
				100)).isEmpty();

		int before = ExamSlack.posts("D0DM").size();
		this.slack.interaction(Interactions.button(this.team, USER, "home_exam", "exam", "home"));
		await().atMost(Duration.ofSeconds(10)).until(() -> ExamSlack.posts("D0DM").size() == before + 1);
		assertThat(ExamSlack.posts("D0DM").get(before).path("text").asText()).startsWith("Question 1 of 50");
	}

	@Test
	void forgetMeRemovesEveryExamKeyAndTheDeadline() {
		takeAnExam(5);
		this.exam.command(USER, "D0DM", "exam 10");
		assertThat(redis().keys("sc:{" + this.team + "}:*" + USER + "*")).isNotEmpty();

		this.slack.interaction(Interactions.button(this.team, USER, "forget_confirm", "yes", "forgotten"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("forgotten").isEmpty());

		assertThat(redis().keys("sc:{" + this.team + "}:*" + USER + "*")).isEmpty();
		assertThat(redis().zrange("sc:{" + this.team + "}:due", 0, -1)).isEmpty();
	}

	@Test
	void whenSlackRefusesTheDmTheLearnerIsToldAndTheSameExamComesBackOnTheNextTry() {
		SlackStub.error("chat.postMessage", "internal_error");
		JsonNode refused = this.exam.command(USER, "C0STUDY", "exam 10");
		assertThat(refused.toString()).contains("couldn't post it to our DM").contains("brings back the same exam");
		String examId = redis().get(key("exam"));

		SlackStub.reset();
		JsonNode again = this.exam.command(USER, "C0STUDY", "exam 10");
		assertThat(again.toString()).contains("still running: question 1 of 10");
		assertThat(redis().get(key("exam"))).isEqualTo(examId);
		assertThat(ExamSlack.posts("D0DM")).hasSize(1);
	}

	@Test
	void aResultDmThatFailedIsSentByTheNextTickAndOnlyOnce() {
		SlackStub.when("chat.postMessage", "exam_result", "{\"ok\":false,\"error\":\"internal_error\"}");
		this.exam.command(USER, "D0DM", "exam 10");
		String examId = redis().get(key("exam"));
		this.exam.button(USER, "exam_submit", examId + "|" + USER + "|0");
		this.exam.button(USER, "exam_submit_confirmed", examId + "|" + USER + "|0");
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.calls("chat.postMessage").size() == 2);
		assertThat(redis().hget(key("exam:" + examId), "status")).isEqualTo("SUBMITTED");
		assertThat(redis().zscore("sc:{" + this.team + "}:due", "exd:" + examId + ":" + USER)).isNotNull();

		SlackStub.reset();
		this.tick.run();
		this.tick.run();

		assertThat(results()).hasSize(1);
		assertThat(redis().zscore("sc:{" + this.team + "}:due", "exd:" + examId + ":" + USER)).isNull();
	}

	@Test
	void theWeeklySummaryGivesLeadsTheMedianExamScoreOnlyWhenThreeMembersTookOne() {
		String channel = "C0EXAMS";
		JsonNode setup = this.exam.command("U0LEAD", channel, "setup 09:00 UTC daily");
		assertThat(setup.toString()).doesNotContain("lead-only");
		List<String> members = List.of("U0MEMBERA", "U0MEMBERB", "U0MEMBERC");
		members.forEach(member -> answerInChannel(member, channel));
		takeAnExam("U0MEMBERA", 2);
		takeAnExam("U0MEMBERB", 5);

		// The summary of the week so far: from the Tuesday on, the week that began on Monday 2 March.
		this.clock.set(java.time.Instant.parse("2026-03-03T08:00:00Z"));
		assertThat(this.exam.command("U0LEAD", channel, "summary").toString()).doesNotContain("Practice exams:");

		takeAnExam("U0MEMBERC", 10);
		takeAnExam("U0MEMBERC", 6);
		JsonNode summary = this.exam.command("U0LEAD", channel, "summary");
		JsonNode line = null;
		for (JsonNode block : summary.path("blocks")) {
			if (block.toString().contains("Practice exams:")) {
				line = block;
			}
		}
		assertThat(line).isNotNull();
		// 20%, 50%, 60% and 100%: the median is 55%. The line names no one.
		assertThat(line.toString()).contains("3 members took 4 timed practice exams this week, with a median score of 55%")
			.doesNotContain("<@").doesNotContain("U0MEMBER");
	}

	/** Answers a /quiz asked in the channel, which puts the member on its week's board. */
	private void answerInChannel(String member, String channel) {
		JsonNode question = this.exam.command(member, channel, "");
		String delivery = null;
		for (JsonNode block : question.path("blocks")) {
			for (JsonNode element : block.path("elements")) {
				if (element.path("action_id").asText().startsWith("answer_")) {
					delivery = element.path("value").asText();
				}
			}
		}
		assertThat(delivery).as("a /quiz question in " + question).isNotNull();
		String name = ExamSlack.next();
		String id = delivery;
		this.slack.interaction(question.toString().contains("answer_submit")
				? Interactions.submit(this.team, member, id, List.of("A", "B"), name)
				: Interactions.button(this.team, member, "answer_A", id, name));
		ExamSlack.awaitResponse(name);
	}

	private void takeAnExam(int right) {
		takeAnExam(USER, right);
	}

	/** A 10-question exam with {@code right} questions answered right (in order) and the rest left out. */
	private void takeAnExam(String user, int right) {
		this.exam.command(user, "D0DM", "exam 10");
		String examId = redis().get("sc:{" + this.team + "}:u:" + user + ":exam");
		String[] ids = redis().hget("sc:{" + this.team + "}:u:" + user + ":exam:" + examId, "q").split(",");
		for (int i = 0; i < right; i++) {
			Question q = this.bank.question(ids[i]).orElseThrow();
			String ref = examId + "|" + user + "|" + i;
			if (q.multiSelect()) {
				this.exam.tick(user, "exam_answers#" + ref, Answers.right(q));
			}
			else {
				this.exam.button(user, "exam_choice_" + Answers.right(q).get(0), ref);
			}
		}
		int results = results(user).size();
		this.exam.button(user, "exam_submit", examId + "|" + user + "|0");
		if (right < 10) {
			this.exam.button(user, "exam_submit_confirmed", examId + "|" + user + "|0");
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> results(user).size() == results + 1);
		this.clock.advance(Duration.ofHours(1));
	}

	private static List<JsonNode> results() {
		return results(USER);
	}

	private static List<JsonNode> results(String user) {
		return ExamSlack.posts(user).stream().filter(m -> m.path("text").asText().startsWith("Practice exam result")).toList();
	}

	private void openHome() {
		this.slack.event(this.team, "EvEXAM" + System.nanoTime(), Map.of("type", "app_home_opened", "user", USER,
				"channel", "D0HOME", "tab", "home", "event_ts", "1700000000.000100"), 0);
	}

	private String key(String suffix) {
		return "sc:{" + this.team + "}:u:" + USER + ":" + suffix;
	}

}
