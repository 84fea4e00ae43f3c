package io.studycoach.slack;

import io.studycoach.delivery.StudyDays;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

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

	/** {@code setup [HH:MM] [zone] [weekdays|daily]}; what is not given keeps its value or default. */
	record Setup(Optional<LocalTime> time, Optional<ZoneId> zone, Optional<StudyDays> days) implements QuizCommand {
	}

	record Pause() implements QuizCommand {
	}

	record Resume() implements QuizCommand {
	}

	record Post() implements QuizCommand {
	}

	record LeadAdd(String userId) implements QuizCommand {
	}

	record LeadRemove(String userId) implements QuizCommand {
	}

	record Subscribe(Optional<LocalTime> time, Optional<StudyDays> days) implements QuizCommand {
	}

	record Unsubscribe() implements QuizCommand {
	}

}
