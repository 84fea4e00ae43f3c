package io.studycoach.exam;

import io.studycoach.content.Blueprint;
import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.LearnerHistory;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Drawing an exam from the shipped bank and the 2024 guide's weights (13/14/18/20/22/13). */
class ExamDrawTests {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	@Test
	void sectionsGetTheirWeightsShareByLargestRemainder() {
		// 50: 6.5, 7, 9, 10, 11, 6.5 -> 6, 7, 9, 10, 11, 6 and the one left to the first of the two halves.
		assertThat(quotas(50)).containsExactly(7, 7, 9, 10, 11, 6);
		// 10: 1.3, 1.4, 1.8, 2, 2.2, 1.3 -> 1, 1, 1, 2, 2, 1 and two left to .8 and .4.
		assertThat(quotas(10)).containsExactly(1, 2, 2, 2, 2, 1);
		// 60: 7.8, 8.4, 10.8, 12, 13.2, 7.8 -> 7, 8, 10, 12, 13, 7 and three left to .8, .8, .8.
		assertThat(quotas(60)).containsExactly(8, 8, 11, 12, 13, 8);
		for (int length = 10; length <= 60; length++) {
			assertThat(sum(quotas(length))).as("length " + length).isEqualTo(length);
		}
	}

	@Test
	void anExamHasNoRepeatsItsSectionsSharesAndChooseTwoAsInTheBank() {
		List<Question> exam = ExamDraw.draw(this.bank, 50, LearnerHistory.EMPTY, new Random(7));

		assertThat(exam).hasSize(50);
		assertThat(exam.stream().map(Question::id).distinct()).hasSize(50);
		Map<String, Long> bySection = exam.stream().collect(Collectors.groupingBy(Question::section, Collectors.counting()));
		assertThat(bySection).containsExactlyInAnyOrderEntriesOf(
				Map.of("1", 7L, "2", 7L, "3", 9L, "4", 10L, "5", 11L, "6", 6L));
		for (Blueprint.Section section : this.bank.blueprint().sections()) {
			List<Question> pool = this.bank.questionsInSection(section.id());
			long inBank = pool.stream().filter(Question::multiSelect).count();
			long quota = bySection.get(section.id());
			long expected = Math.round((double) quota * inBank / pool.size());
			long drawn = exam.stream().filter(q -> q.section().equals(section.id()) && q.multiSelect()).count();
			assertThat(drawn).as("choose-two in section " + section.id()).isEqualTo(expected);
		}
		assertThat(exam.stream().filter(Question::multiSelect).count()).isPositive();
	}

	@Test
	void questionsNeverAnsweredComeFirstThenThoseAnsweredLongestAgo() {
		// The learner has answered every section 4 question but three, and of those the oldest long ago.
		List<Question> section = this.bank.questionsInSection("4");
		Map<String, Instant> answered = new HashMap<>();
		Set<String> unseen = new HashSet<>();
		for (int i = 0; i < section.size(); i++) {
			Question q = section.get(i);
			if (i < 3 && !q.multiSelect()) {
				unseen.add(q.id());
			}
			else {
				answered.put(q.id(), NOW.minusSeconds(3600L * (i + 1)));
			}
		}
		List<Question> drawn = ExamDraw.fromSection(section, 6, new LearnerHistory(answered), new Random(3));

		Set<String> ids = drawn.stream().map(Question::id).collect(Collectors.toSet());
		assertThat(ids).containsAll(unseen);
		// The rest are the longest-unseen of their kind.
		List<Question> singlesSeen = section.stream()
			.filter(q -> !q.multiSelect() && answered.containsKey(q.id()))
			.sorted((x, y) -> answered.get(x.id()).compareTo(answered.get(y.id())))
			.toList();
		long drawnSingles = drawn.stream().filter(q -> !q.multiSelect()).count();
		List<String> oldest = singlesSeen.subList(0, (int) drawnSingles - unseen.size()).stream().map(Question::id).toList();
		assertThat(ids).containsAll(oldest);
	}

	@Test
	void twoExamsInARowShareNoQuestionWhileTheBankHasFreshOnes() {
		List<Question> first = ExamDraw.draw(this.bank, 60, LearnerHistory.EMPTY, new Random(1));
		Map<String, Instant> seen = new HashMap<>();
		first.forEach(q -> seen.put(q.id(), NOW));
		List<Question> second = ExamDraw.draw(this.bank, 60, new LearnerHistory(seen), new Random(2));

		assertThat(second.stream().map(Question::id)).doesNotContainAnyElementsOf(seen.keySet());
	}

	private int[] quotas(int length) {
		List<Blueprint.Section> sections = this.bank.blueprint().sections();
		return ExamDraw.quotas(sections, sections.stream().map(s -> this.bank.questionsInSection(s.id())).toList(), length);
	}

	private static int sum(int[] values) {
		int sum = 0;
		for (int v : values) {
			sum += v;
		}
		return sum;
	}

}
