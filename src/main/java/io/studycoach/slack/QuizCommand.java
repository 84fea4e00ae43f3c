package io.studycoach.slack;

/** What a member asked for with {@code /quiz}. */
sealed interface QuizCommand {

	/** A question: from any domain ({@code domainId} empty) or from one. */
	record Ask(String domainId) implements QuizCommand {
	}

	record Stats() implements QuizCommand {
	}

	/** Usage; {@code unknown} is the word that was not understood, or empty when help was asked for. */
	record Help(String unknown) implements QuizCommand {
	}

}
