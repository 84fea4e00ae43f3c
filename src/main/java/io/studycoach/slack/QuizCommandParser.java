package io.studycoach.slack;

import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;

import java.util.Locale;
import java.util.Optional;

/** Reads the text after {@code /quiz}. Anything it does not understand becomes usage help. */
final class QuizCommandParser {

	private static final int MAX_ECHO = 40;

	private final QuestionBank bank;

	QuizCommandParser(QuestionBank bank) {
		this.bank = bank;
	}

	QuizCommand parse(String text) {
		String trimmed = text == null ? "" : text.trim().replaceAll("\\s+", " ");
		if (trimmed.isEmpty()) {
			return new QuizCommand.Ask("");
		}
		String[] words = trimmed.split(" ");
		String first = words[0].toLowerCase(Locale.ROOT);
		if (words.length == 1) {
			switch (first) {
				case "stats":
					return new QuizCommand.Stats();
				case "help":
					return new QuizCommand.Help("");
				default:
					Optional<Domain> domain = this.bank.findDomain(first);
					if (domain.isPresent()) {
						return new QuizCommand.Ask(domain.get().id());
					}
			}
		}
		return new QuizCommand.Help(trimmed.length() > MAX_ECHO ? trimmed.substring(0, MAX_ECHO) + "…" : trimmed);
	}

}
