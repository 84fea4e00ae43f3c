package io.studycoach.support;

import io.studycoach.content.Question;

import java.util.ArrayList;
import java.util.List;

/** The letters that answer a question rightly, or wrongly with as many letters. */
public final class Answers {

	private Answers() {
	}

	public static List<String> right(Question question) {
		return question.answer().stream().sorted().map(String::valueOf).toList();
	}

	public static List<String> wrong(Question question) {
		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < question.choices().size() && wrong.size() < question.answer().size(); i++) {
			if (!question.answer().contains(Question.letter(i))) {
				wrong.add(String.valueOf(Question.letter(i)));
			}
		}
		return wrong;
	}

}
