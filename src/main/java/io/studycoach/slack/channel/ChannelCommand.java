package io.studycoach.slack.channel;

import io.studycoach.delivery.StudyDays;
import io.studycoach.learning.StudyPlan;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.CommandWords;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a lead asked of a study channel, read from the words after {@code /quiz}. */
sealed interface ChannelCommand {

	/** {@code setup [HH:MM] [zone] [weekdays|daily]}; what is not given keeps its value or default. */
	record Setup(Optional<LocalTime> time, Optional<ZoneId> zone, Optional<StudyDays> days) implements ChannelCommand {
	}

	/** {@code setup plan exam|data-engineer}: what weights the channel's questions. */
	record SetPlan(StudyPlan plan) implements ChannelCommand {
	}

	record Pause() implements ChannelCommand {
	}

	record Resume() implements ChannelCommand {
	}

	record Post() implements ChannelCommand {
	}

	record Lead(String userId, boolean add) implements ChannelCommand {
	}

	static Optional<ChannelCommand> parse(CommandCall call) {
		List<String> args = call.args();
		return switch (call.first()) {
			case "setup" -> !args.isEmpty() && args.get(0).equalsIgnoreCase("plan") ? setPlan(args) : setup(args);
			case "pause" -> args.isEmpty() ? Optional.of(new Pause()) : Optional.empty();
			case "resume" -> args.isEmpty() ? Optional.of(new Resume()) : Optional.empty();
			case "post" -> args.isEmpty() ? Optional.of(new Post()) : Optional.empty();
			default -> lead(args);
		};
	}

	static Optional<ChannelCommand> setPlan(List<String> words) {
		return words.size() == 2 ? StudyPlan.fromWord(words.get(1)).map(SetPlan::new) : Optional.empty();
	}

	static Optional<ChannelCommand> setup(List<String> words) {
		Optional<LocalTime> time = Optional.empty();
		Optional<ZoneId> zone = Optional.empty();
		Optional<StudyDays> days = Optional.empty();
		for (String word : words) {
			Optional<LocalTime> asTime = CommandWords.time(word);
			Optional<StudyDays> asDays = StudyDays.parse(word);
			Optional<ZoneId> asZone = CommandWords.zone(word);
			if (asTime.isPresent() && time.isEmpty()) {
				time = asTime;
			}
			else if (asDays.isPresent() && days.isEmpty()) {
				days = asDays;
			}
			else if (asZone.isPresent() && zone.isEmpty()) {
				zone = asZone;
			}
			else {
				return Optional.empty();
			}
		}
		return Optional.of(new Setup(time, zone, days));
	}

	static Optional<ChannelCommand> lead(List<String> words) {
		if (words.size() != 2) {
			return Optional.empty();
		}
		String verb = words.get(0).toLowerCase(Locale.ROOT);
		if (!verb.equals("add") && !verb.equals("remove")) {
			return Optional.empty();
		}
		return CommandWords.mentionedUser(words.get(1)).map(user -> new Lead(user, verb.equals("add")));
	}

}
