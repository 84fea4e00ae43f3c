package io.studycoach.slack.exam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.exam.Exam;
import io.studycoach.exam.ExamDraw;
import io.studycoach.exam.ExamResult;
import io.studycoach.learning.LearnerHistory;
import io.studycoach.slack.Message;
import io.studycoach.slack.bolt.PromptCatalogue;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.wording.Prompts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam's largest messages stay within Slack's limits (LIMITS.md, checked by BlockKitLimits): every
 * question of the bank as an exam screen, the review step of a 60-question exam with everything
 * unanswered and flagged, and every page of its review with all 60 questions missed and flagged.
 */
class ExamViewLimitsTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Gson GSON = GsonFactory.createSnakeCase();

	private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	private final Prompts prompts = Prompts.load("file:prompts/", PromptCatalogue.ALL);

	private final ExamView view = new ExamView(this.prompts, this.bank);

	private final ResultView results = new ResultView(this.prompts, this.bank);

	@Test
	void everyQuestionOfTheBankFitsAnExamScreen() throws Exception {
		List<Question> all = this.bank.questions().stream().filter(q -> !q.section().isEmpty()).toList();
		Exam exam = exam(all, Map.of(), Set.of());
		for (int i = 0; i < all.size(); i++) {
			assertThat(violations(this.view.question(exam, i, START))).as(all.get(i).id()).isEmpty();
		}
	}

	@Test
	void theReviewStepAndTheResultOfAFullExamFitTheirMessagesAndTheReviewIsPaged() throws Exception {
		List<Question> questions = ExamDraw.draw(this.bank, 60, LearnerHistory.EMPTY, new Random(9));
		Set<Integer> everything = new HashSet<>(IntStream.range(0, 60).boxed().toList());
		Exam exam = exam(questions, Map.of(), everything);

		assertThat(violations(this.view.review(exam, 59, START))).isEmpty();
		assertThat(violations(this.view.confirmSubmit(exam, 59))).isEmpty();
		ExamResult result = ExamResult.of(exam, this.bank, 70);
		assertThat(violations(this.results.result(result))).isEmpty();
		List<List<ExamResult.Item>> pages = this.results.pages(result);
		assertThat(pages.stream().mapToInt(List::size).sum()).isEqualTo(60);
		assertThat(pages).hasSizeGreaterThan(1);
		for (int page = 1; page <= pages.size(); page++) {
			assertThat(violations(this.results.reviewPage(result, page))).as("page " + page).isEmpty();
		}
		// Every reviewed question can be reported, its button carrying the question's id.
		String first = GSON.toJson(this.results.reviewPage(result, 1).blocks());
		for (ExamResult.Item item : pages.get(0)) {
			assertThat(first).contains("\"action_id\":\"report_problem\",\"value\":\"" + item.question().id() + "\"");
		}
	}

	private List<String> violations(Message message) throws Exception {
		JsonNode json = JSON.createObjectNode().put("text", message.text()).set("blocks",
				JSON.readTree(GSON.toJson(message.blocks())));
		return BlockKitLimits.violations(json);
	}

	private static Exam exam(List<Question> questions, Map<Integer, String> answers, Set<Integer> flags) {
		return new Exam("0123abcd", "U0LIMITS", questions.stream().map(Question::id).toList(), answers, flags, 0, START,
				START.plus(Duration.ofSeconds(144L * questions.size())), Exam.Status.SUBMITTED, ZoneOffset.UTC,
				Optional.of(START.plusSeconds(600)), Exam.BY_LEARNER, 0);
	}

}
