package io.studycoach.slack.channel;

import io.studycoach.delivery.StudyDays;
import io.studycoach.learning.StudyPlan;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.CommandWords;
import io.studycoach.slack.Parsed;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;

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

	static Parsed<ChannelCommand> parse(CommandCall call) {
		List<String> args = call.args();
		return switch (call.first()) {
			case "setup" -> !args.isEmpty() && args.get(0).equalsIgnoreCase("plan") ? setPlan(args) : setup(args);
			case "pause" -> bare(args, new Pause());
			case "resume" -> bare(args, new Resume());
			case "post" -> bare(args, new Post());
			default -> lead(args);
		};
	}

	private static Parsed<ChannelCommand> bare(List<String> args, ChannelCommand command) {
		return args.isEmpty() ? Parsed.of(command)
				: Parsed.refused(new Refusal(Refusal.Problem.EXTRA_WORD, args.get(0), RefusalWording.CHANNEL));
	}

	static Parsed<ChannelCommand> setPlan(List<String> words) {
		if (words.size() > 2) {
			return Parsed.refused(new Refusal(Refusal.Problem.EXTRA_WORD, words.get(2), RefusalWording.SETUP));
		}
		String word = words.size() == 2 ? words.get(1) : "";
		return StudyPlan.fromWord(word)
			.<Parsed<ChannelCommand>>map(plan -> Parsed.of(new SetPlan(plan)))
			.orElseGet(() -> Parsed.refused(new Refusal(Refusal.Problem.NOT_A_PLAN, word, RefusalWording.SETUP)));
	}

	static Parsed<ChannelCommand> setup(List<String> words) {
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
				// A second time, zone or days is one word too many; anything else is a mistyped one.
				Refusal.Problem problem = asTime.isPresent() || asDays.isPresent() || asZone.isPresent()
						? Refusal.Problem.EXTRA_WORD : Refusal.timeOrZone(word);
				return Parsed.refused(new Refusal(problem, word, RefusalWording.SETUP));
			}
		}
		return Parsed.of(new Setup(time, zone, days));
	}

	static Parsed<ChannelCommand> lead(List<String> words) {
		String verb = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
		if (!verb.equals("add") && !verb.equals("remove")) {
			return Parsed.refused(new Refusal(verb.isEmpty() ? Refusal.Problem.MISSING_WORD : Refusal.Problem.UNKNOWN_WORD,
					verb.isEmpty() ? "/quiz lead" : words.get(0), RefusalWording.LEAD));
		}
		if (words.size() > 2) {
			return Parsed.refused(new Refusal(Refusal.Problem.EXTRA_WORD, words.get(2), RefusalWording.LEAD));
		}
		String who = words.size() == 2 ? words.get(1) : "";
		return CommandWords.mentionedUser(who)
			.<Parsed<ChannelCommand>>map(user -> Parsed.of(new Lead(user, verb.equals("add"))))
			.orElseGet(() -> Parsed.refused(new Refusal(Refusal.Problem.NOT_A_MENTION, who, RefusalWording.LEAD)));
	}

}
