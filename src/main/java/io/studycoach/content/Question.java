package io.studycoach.content;

import java.util.List;
import java.util.Set;

/**
 * One question of the bank. {@code answer} holds the right letters: one for a single-answer
 * question, two (or more) for a "choose two" question.
 */
public record Question(String id, String domain, String topic, int difficulty, String question,
		List<String> choices, Set<Character> answer, String explanation, List<String> references) {

	public Question {
		choices = List.copyOf(choices);
		answer = Set.copyOf(answer);
		references = List.copyOf(references);
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
