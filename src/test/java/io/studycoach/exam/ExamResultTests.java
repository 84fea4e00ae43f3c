package io.studycoach.exam;

import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.LearnerHistory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring a submitted exam from its stored answers, its summary line and its chart. */
class ExamResultTests {

	private static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	@Test
	void scoresOverallAndBySectionWithUnansweredAndHalfRightChooseTwoAsWrong() {
		List<Question> questions = ExamDraw.draw(this.bank, 20, LearnerHistory.EMPTY, new Random(11));
		Map<Integer, String> answers = new HashMap<>();
		int right = 0;
		Map<String, int[]> bySection = new HashMap<>();
		for (int i = 0; i < questions.size(); i++) {
			Question q = questions.get(i);
			String letters = letters(q);
			// Every third left out, every fourth answered with only its first right letter.
			boolean ok = i % 3 != 0 && !(i % 4 == 0);
			if (i % 3 != 0) {
				answers.put(i, i % 4 == 0 ? wrong(q) : letters);
			}
			right += ok ? 1 : 0;
			int[] tally = bySection.computeIfAbsent(q.section(), s -> new int[2]);
			tally[0] += ok ? 1 : 0;
			tally[1]++;
		}
		Exam exam = exam(questions, answers, Set.of(1, 2), Optional.of(START.plus(Duration.ofMinutes(30))));

		ExamResult result = ExamResult.of(exam, this.bank, 70);

		assertThat(result.right()).isEqualTo(right);
		assertThat(result.asked()).isEqualTo(20);
		assertThat(result.unanswered()).isEqualTo(7);
		assertThat(result.percent()).isEqualTo(Math.round(100f * right / 20));
		assertThat(result.passed()).isEqualTo(result.percent() >= 70);
		result.sections().forEach(s -> assertThat(new int[] { s.right(), s.asked() }).as("section " + s.id())
			.containsExactly(bySection.get(s.id())));
		assertThat(result.toReview()).allMatch(item -> !item.right() || item.flagged());
		assertThat(result.toReview().stream().map(ExamResult.Item::index)).contains(1, 2);
		assertThat(exam.used()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void anAttemptKeepsItsScoresThroughItsStoredLine() {
		List<Question> questions = ExamDraw.draw(this.bank, 10, LearnerHistory.EMPTY, new Random(5));
		Map<Integer, String> answers = new HashMap<>();
		for (int i = 0; i < 6; i++) {
			answers.put(i, letters(questions.get(i)));
		}
		Attempt attempt = ExamResult.of(exam(questions, answers, Set.of(), Optional.empty()), this.bank, 70).attempt();

		Attempt read = Attempt.decode(attempt.encode());

		assertThat(read.right()).isEqualTo(6);
		assertThat(read.asked()).isEqualTo(10);
		assertThat(read.used()).isEqualTo(Duration.ofSeconds(1440));
		assertThat(read.sections()).extracting(ExamResult.SectionScore::right)
			.containsExactlyElementsOf(attempt.sections().stream().map(ExamResult.SectionScore::right).toList());
		assertThat(read.weakest().map(ExamResult.SectionScore::id)).isEqualTo(attempt.weakest().map(ExamResult.SectionScore::id));
	}

	@Test
	void chartsArePngImages() {
		List<Question> questions = ExamDraw.draw(this.bank, 10, LearnerHistory.EMPTY, new Random(5));
		ExamResult result = ExamResult.of(exam(questions, Map.of(0, letters(questions.get(0))), Set.of(), Optional.empty()),
				this.bank, 70);

		assertThat(ExamChart.result(result)).startsWith(0x89, 'P', 'N', 'G');
		assertThat(ExamChart.history(List.of(result.attempt(), result.attempt()), List.of("1", "2", "3", "4", "5", "6")))
			.startsWith(0x89, 'P', 'N', 'G');
	}

	private static Exam exam(List<Question> questions, Map<Integer, String> answers, Set<Integer> flags,
			Optional<Instant> finished) {
		return new Exam("e1", "U1", questions.stream().map(Question::id).toList(), answers, flags, 0, START,
				START.plus(Duration.ofSeconds(144L * questions.size())), Exam.Status.SUBMITTED, ZoneOffset.UTC, finished,
				Exam.BY_LEARNER, 0);
	}

	private static String letters(Question q) {
		StringBuilder letters = new StringBuilder();
		q.answer().stream().sorted().forEach(letters::append);
		return letters.toString();
	}

	/** A wrong answer: for a choose-two question, one right letter only; for one answer, another letter. */
	private static String wrong(Question q) {
		if (q.multiSelect()) {
			return letters(q).substring(0, 1);
		}
		char right = q.answer().iterator().next();
		return String.valueOf(right == 'A' ? 'B' : 'A');
	}

}
