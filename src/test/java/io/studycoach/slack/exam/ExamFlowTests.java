package io.studycoach.slack.exam;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole 10-question practice exam played from Slack's side: started from a channel, answered in the
 * DM (a changed answer, a choose-two question, flags, one question left out), reviewed, submitted
 * after the confirmation; the score checked against the test's own count.
 */
class ExamFlowTests extends CoachIntegrationTest {

	private static final String USER = "U0EXAMINEE";

	@Autowired
	private QuestionBank bank;

	@Autowired
	private LearnerAbilities abilities;

	private ExamSlack exam;

	@BeforeEach
	void setUp() {
		this.exam = new ExamSlack(this.slack, this.team);
	}

	@Test
	void aWholeTenQuestionExamFromStartToResult() {
		JsonNode reply = this.exam.command(USER, "C0STUDY", "exam 10");
		assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
		assertThat(reply.toString()).contains("in our DM").contains("10 questions in 24 minutes");
		JsonNode first = ExamSlack.posts("D0DM").get(0);
		assertThat(first.path("text").asText()).isEqualTo("Question 1 of 10 · 0:24 left · 0 answered");

		String examId = redis().get(key("exam"));
		List<String> ids = List.of(redis().hget(key("exam:" + examId), "q").split(","));
		assertThat(ids).hasSize(10).doesNotHaveDuplicates();
		List<Question> questions = ids.stream().map(id -> this.bank.question(id).orElseThrow()).toList();

		// The plan: 7 answered wrong first, then changed to right; 6 wrong; 8 left out; 2, 6 and 9 flagged.
		Map<Integer, List<String>> finalAnswers = new HashMap<>();
		JsonNode screen = first;
		for (int i = 0; i < 10; i++) {
			Question q = questions.get(i);
			assertThat(screen.toString()).contains("Question " + (i + 1) + " of 10");
			if (i == 8) {
				screen = go(examId, i + 1);
				continue;
			}
			if (i == 7) {
				screen = answer(screen, examId, i, q, Answers.wrong(q));
			}
			List<String> letters = i == 6 ? Answers.wrong(q) : Answers.right(q);
			screen = answer(screen, examId, i, q, letters);
			finalAnswers.put(i, letters);
			if (i == 2 || i == 6 || i == 9) {
				screen = this.exam.button(USER, "exam_flag_on", ref(examId, i));
				assertThat(screen.toString()).contains("flagged for review").contains("Remove flag");
			}
			// No right or wrong is shown during the exam.
			// (Not "missed": a question's own text may use the word.)
			assertThat(screen.toString()).doesNotContain("Right answer").doesNotContain(":white_check_mark:").doesNotContain(":x:");
			if (i < 9) {
				screen = go(examId, i + 1);
			}
		}
		assertThat(redis().hget(key("exam:" + examId), "a:7")).isEqualTo(String.join("", Answers.right(questions.get(7))));

		JsonNode review = this.exam.button(USER, "exam_review", ref(examId, 9));
		assertThat(review.path("replace_original").asBoolean()).isTrue();
		assertThat(review.toString()).contains("9 of 10 answered").contains("*Unanswered:* 9")
			.contains("*Flagged for review:* 3, 7, 10");
		assertThat(ExamSlack.element(review, "exam_go_8")).isNotNull();

		JsonNode confirm = this.exam.button(USER, "exam_submit", ref(examId, 9));
		assertThat(confirm.toString()).contains("1 question has no answer").contains("exam_submit_confirmed");
		assertThat(redis().hget(key("exam:" + examId), "status")).isEqualTo("RUNNING");

		JsonNode submitted = this.exam.button(USER, "exam_submit_confirmed", ref(examId, 9));
		assertThat(submitted.toString()).contains("Exam submitted");

		int right = 0;
		Map<String, int[]> bySection = new HashMap<>();
		for (int i = 0; i < 10; i++) {
			Question q = questions.get(i);
			boolean ok = finalAnswers.containsKey(i) && Set.copyOf(finalAnswers.get(i)).equals(
					Set.copyOf(q.answer().stream().map(String::valueOf).toList()));
			right += ok ? 1 : 0;
			int[] tally = bySection.computeIfAbsent(q.section(), s -> new int[2]);
			tally[0] += ok ? 1 : 0;
			tally[1]++;
		}
		assertThat(right).isEqualTo(8);
		// This exam's result: another test's may still arrive late in the same DM.
		await().atMost(Duration.ofSeconds(10)).until(() -> ExamSlack.posts(USER)
			.stream()
			.anyMatch(p -> p.path("text").asText().equals("Practice exam result: 8 of 10 right (80%)")));
		JsonNode result = ExamSlack.posts(USER)
			.stream()
			.filter(p -> p.path("text").asText().startsWith("Practice exam result: 8 of 10"))
			.findFirst()
			.orElseThrow();
		assertThat(result.toString()).contains("our pass mark of 70%").contains("Google does not publish its passing score")
			.contains("submitted by you").contains("1 question had no answer");
		bySection.forEach((section, tally) -> assertThat(result.toString())
			.contains(this.bank.blueprint().section(section).orElseThrow().name() + " (" + tally[0] + "/" + tally[1] + ")"));

		// Its chart by section, shared in the DM with Slack's v2 upload.
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.calls("files.completeUploadExternal")
			.stream()
			.anyMatch(c -> c.get("files").contains("Practice exam by guide section: 80%")));
		assertThat(SlackStub.calls("files.getUploadURLExternal")).anyMatch(c -> c.get("filename").equals("practice-exam-" + examId + ".png"));
		assertThat(SlackStub.calls("files.completeUploadExternal")).allMatch(c -> c.get("channel_id").equals("D0DM"));

		// Kept: the attempt, the missed questions in review, the study day; not the leaderboard or tallies.
		assertThat(redis().zcard(key("exams"))).isEqualTo(1);
		assertThat(redis().hkeys(key("reviews"))).containsExactlyInAnyOrder(ids.get(6), ids.get(8));
		assertThat(redis().zcard(key("answered"))).isEqualTo(10);
		assertThat(redis().bitcount(key("days"))).isEqualTo(1);
		assertThat(redis().exists(key("stats"))).isZero();
		assertThat(redis().keys("sc:{" + this.team + "}:board:*")).isEmpty();
		assertThat(redis().exists(key("exam"))).isZero();
		assertThat(redis().zrange("sc:{" + this.team + "}:due", 0, -1)).isEmpty();
		// The readiness model learned from the nine answered first attempts, not from the one left out.
		assertThat(this.abilities.predict(this.team, USER).firstAnswers()).isEqualTo(9);
		assertThat(redis().exists(key("belief"))).isEqualTo(1L);

		// The review of the missed and flagged questions: 2 missed and 3 flagged, one of them missed.
		int before = SlackStub.calls("chat.postMessage").size();
		this.exam.click(USER, result, "exam_page_1");
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.calls("chat.postMessage").size() > before);
		JsonNode page = ExamSlack.posts("D0DM").get(ExamSlack.posts("D0DM").size() - 1);
		assertThat(page.toString()).contains("page 1 of 1 (4 questions in all)").contains("*Question 7*")
			.contains("*Question 9*").contains("_none_").contains("*Right answer:*");
	}

	@Test
	void aReplayedClickAClickOnAFinishedExamAndSomeoneElsesClickChangeNothing() {
		this.exam.command(USER, "D0DM", "exam 10");
		String examId = redis().get(key("exam"));
		Question q = this.bank.question(redis().hget(key("exam:" + examId), "q").split(",")[0]).orElseThrow();
		JsonNode screen = ExamSlack.posts("D0DM").get(0);
		screen = answer(screen, examId, 0, q, Answers.right(q));
		String version = redis().hget(key("exam:" + examId), "v");

		// The same click again (same action_ts): a replay.
		String actionTs = ExamSlack.nextActionTs();
		this.exam.sendButton(USER, "exam_go_1", ref(examId, 1), actionTs, "first-go");
		ExamSlack.awaitResponse("first-go");
		String replay = this.exam.sendButton(USER, "exam_go_1", ref(examId, 1), actionTs, "replayed-go");
		JsonNode notice = ExamSlack.awaitResponse(replay);
		assertThat(notice.toString()).contains("already been counted");
		assertThat(notice.path("replace_original").asBoolean()).isFalse();
		assertThat(Long.parseLong(redis().hget(key("exam:" + examId), "v"))).isEqualTo(Long.parseLong(version) + 1);

		JsonNode stranger = this.exam.button("U0STRANGER", "exam_choice_A", ref(examId, 0));
		assertThat(stranger.toString()).contains("someone else");
		assertThat(redis().hget(key("exam:" + examId), "a:0")).isEqualTo(String.join("", Answers.right(q)));

		assertThat(this.exam.button(USER, "exam_submit", ref(examId, 0)).toString()).contains("9 questions have no answer");
		assertThat(this.exam.button(USER, "exam_submit_confirmed", ref(examId, 0)).toString()).contains("Exam submitted");
		JsonNode late = this.exam.button(USER, "exam_choice_A", ref(examId, 0));
		assertThat(late.toString()).contains("This exam is over (it was submitted)");
		assertThat(redis().hget(key("exam:" + examId), "a:0")).isEqualTo(String.join("", Answers.right(q)));
	}

	@Test
	void ticksCarriedInAClicksMessageStateAreRecordedWhenTheirOwnActionWasLost() {
		this.exam.command(USER, "D0DM", "exam 60");
		String examId = redis().get(key("exam"));
		List<String> ids = List.of(redis().hget(key("exam:" + examId), "q").split(","));
		int index = 0;
		while (!this.bank.question(ids.get(index)).orElseThrow().multiSelect()) {
			index++;
		}
		Question q = this.bank.question(ids.get(index)).orElseThrow();
		JsonNode screen = go(examId, index);
		String block = ExamSlack.blockOf(screen, "exam_pick");

		JsonNode next = this.exam.buttonWithTicks(USER, "exam_go_" + (index + 1), ref(examId, index + 1), block, Answers.right(q));

		assertThat(next.toString()).contains("Question " + (index + 2) + " of 60");
		assertThat(redis().hget(key("exam:" + examId), "a:" + index)).isEqualTo(String.join("", Answers.right(q)));
		JsonNode back = go(examId, index);
		assertThat(ExamSlack.element(back, "exam_pick").path("initial_options")).hasSize(2);
	}

	private JsonNode answer(JsonNode screen, String examId, int index, Question q, List<String> letters) {
		if (q.multiSelect()) {
			String block = ExamSlack.blockOf(screen, "exam_pick");
			assertThat(block).isEqualTo("exam_answers#" + ref(examId, index));
			// Ticked one at a time, as a learner does: Slack sends the whole selection each time.
			List<String> ticked = new ArrayList<>();
			for (String letter : letters) {
				ticked.add(letter);
				this.exam.tick(USER, block, ticked);
			}
			assertThat(redis().hget(key("exam:" + examId), "a:" + index)).isEqualTo(String.join("", letters));
			return go(examId, index);
		}
		JsonNode after = this.exam.button(USER, "exam_choice_" + letters.get(0), ref(examId, index));
		assertThat(after.path("replace_original").asBoolean()).isTrue();
		assertThat(after.toString()).contains("Your answer: *" + letters.get(0) + "*");
		return after;
	}

	private JsonNode go(String examId, int index) {
		return this.exam.button(USER, "exam_go_" + index, ref(examId, index));
	}

	private static String ref(String examId, int index) {
		return examId + "|" + USER + "|" + index;
	}

	private String key(String suffix) {
		return "sc:{" + this.team + "}:u:" + USER + ":" + suffix;
	}

}
