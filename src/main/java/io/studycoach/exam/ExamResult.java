package io.studycoach.exam;

import io.studycoach.content.Blueprint;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an exam went, worked out from its answers and the bank, never from what a click claimed: an
 * unanswered question counts as wrong, and a question since removed from the bank is left out.
 *
 * @param items every question in exam order, with the learner's answer
 * @param passMark the percentage the verdict is measured against
 */
public record ExamResult(Exam exam, List<Item> items, List<SectionScore> sections, int passMark) {

	public ExamResult {
		items = List.copyOf(items);
		sections = List.copyOf(sections);
	}

	public static ExamResult of(Exam exam, QuestionBank bank, int passMark) {
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < exam.size(); i++) {
			int index = i;
			bank.question(exam.questionIds().get(i)).ifPresent(q -> {
				String chosen = exam.answer(index);
				Set<Character> letters = chosen.chars().mapToObj(c -> (char) c).collect(Collectors.toSet());
				items.add(new Item(index, q, chosen, !chosen.isEmpty() && q.isRight(letters), exam.flagged(index)));
			});
		}
		List<SectionScore> sections = new ArrayList<>();
		for (Blueprint.Section section : bank.blueprint().sections()) {
			List<Item> in = items.stream().filter(item -> item.question().section().equals(section.id())).toList();
			if (!in.isEmpty()) {
				sections.add(new SectionScore(section.id(), section.name(), section.shortName(),
						(int) in.stream().filter(Item::right).count(), in.size()));
			}
		}
		return new ExamResult(exam, items, sections, passMark);
	}

	public int right() {
		return (int) this.items.stream().filter(Item::right).count();
	}

	public int asked() {
		return this.items.size();
	}

	public int percent() {
		return percent(right(), asked());
	}

	public boolean passed() {
		return percent() >= this.passMark;
	}

	public int unanswered() {
		return (int) this.items.stream().filter(item -> item.chosen().isEmpty()).count();
	}

	/** What the review goes through: every missed question and every flagged one, in exam order. */
	public List<Item> toReview() {
		return this.items.stream().filter(item -> !item.right() || item.flagged()).toList();
	}

	public List<Item> missed() {
		return this.items.stream().filter(item -> !item.right()).toList();
	}

	/** The section with the lowest share right (ties to the earlier section). */
	public Optional<SectionScore> weakest() {
		return weakestOf(this.sections);
	}

	static Optional<SectionScore> weakestOf(List<SectionScore> sections) {
		SectionScore weakest = null;
		for (SectionScore section : sections) {
			if (weakest == null || (long) section.right() * weakest.asked() < (long) weakest.right() * section.asked()) {
				weakest = section;
			}
		}
		return Optional.ofNullable(weakest);
	}

	public Attempt attempt() {
		return new Attempt(this.exam.id(), this.exam.finished().orElse(this.exam.deadline()), asked(), right(),
				this.exam.used(), this.exam.how(), this.sections);
	}

	static int percent(int right, int asked) {
		return asked == 0 ? 0 : (int) Math.round(100.0 * right / asked);
	}

	/** One question of the exam and how the learner answered it ("" when unanswered). */
	public record Item(int index, Question question, String chosen, boolean right, boolean flagged) {
	}

	/** Right and asked in one guide section. */
	public record SectionScore(String id, String name, String shortName, int right, int asked) {

		public int percent() {
			return ExamResult.percent(this.right, this.asked);
		}

	}

}
