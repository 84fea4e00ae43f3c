package io.studycoach.content;

import java.util.List;
import java.util.Set;

/**
 * One question of the bank. {@code answer} holds the right letters: one for a single-answer
 * question, two (or more) for a "choose two" question.
 */
public record Question(String id, String domain, String topic, int difficulty, String question,
		List<String> choices, Set<Character> answer, String explanation, List<String> references, String guide,
		Set<String> tags, String reviewed) {

	public Question {
		choices = List.copyOf(choices);
		answer = Set.copyOf(answer);
		references = List.copyOf(references);
		guide = guide == null || guide.isBlank() ? Blueprint.NONE : guide;
		tags = tags == null ? Set.of() : Set.copyOf(tags);
		reviewed = reviewed == null ? "" : reviewed;
	}

	/** A question with no exam-guide sub-section, tags or review date (tests and hand-made banks). */
	public Question(String id, String domain, String topic, int difficulty, String question, List<String> choices,
			Set<Character> answer, String explanation, List<String> references) {
		this(id, domain, topic, difficulty, question, choices, answer, explanation, references, Blueprint.NONE,
				Set.of(), "");
	}

	/** The exam-guide section, e.g. "4" for guide "4.2"; empty for a question that fits none. */
	public String section() {
		int dot = this.guide.indexOf('.');
		return dot < 0 ? "" : this.guide.substring(0, dot);
	}

	public boolean multiSelect() {
		return this.answer.size() > 1;
	}

	/** True only when exactly the right set of letters was chosen. */
	public boolean isRight(Set<Character> chosen) {
		return this.answer.equals(chosen);
	}

	public static char letter(int index) {
		return (char) ('A' + index);
	}

	/** The right letters in order, e.g. "B" or "A, D". */
	public String answerLetters() {
		StringBuilder letters = new StringBuilder();
		this.answer.stream().sorted().forEach(letter -> {
			if (letters.length() > 0) {
				letters.append(", ");
			}
			letters.append(letter);
		});
		return letters.toString();
	}

}
