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

	/** {@code summary} shows the week so far to the caller; {@code summary post} posts it in the channel. */
	record Summary(boolean post) implements QuizCommand {
	}

	/** {@code setup summary <day> <HH:MM>}: when the weekly summary goes out. */
	record SetupSummary(java.time.DayOfWeek day, LocalTime time) implements QuizCommand {
	}

	/** {@code leaderboard [week|all]}. */
	record Leaderboard(boolean allTime) implements QuizCommand {
	}

	/** {@code challenge start <N>d [d4,d6] [per-day K] [name...]}. */
	record ChallengeStart(int days, java.util.List<String> domains, int perDay, String name) implements QuizCommand {
	}

	/** {@code challenge join}, {@code challenge status} or {@code challenge end}. */
	record ChallengeAction(String action) implements QuizCommand {
	}

	/** {@code forget-me}: asks to confirm, then deletes everything about the caller. */
	record ForgetMe() implements QuizCommand {
	}

	record Subscribe(Optional<LocalTime> time, Optional<StudyDays> days) implements QuizCommand {
	}

	record Unsubscribe() implements QuizCommand {
	}

}
