package io.studycoach.slack;

import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.StudyDays;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text after {@code /quiz}. Anything it does not understand becomes usage help. */
final class QuizCommandParser {

	private static final int MAX_ECHO = 40;

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

	/** A user mention as Slack escapes it in command text: {@code <@U123|name>} or {@code <@U123>}. */
	private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]{2,20})(\\|[^>]*)?>");

	private final QuestionBank bank;

	QuizCommandParser(QuestionBank bank) {
		this.bank = bank;
	}

	QuizCommand parse(String text) {
		String trimmed = text == null ? "" : text.trim().replaceAll("\\s+", " ");
		if (trimmed.isEmpty()) {
			return new QuizCommand.Ask("");
		}
		List<String> words = Arrays.asList(trimmed.split(" "));
		String first = words.get(0).toLowerCase(Locale.ROOT);
		List<String> rest = words.subList(1, words.size());
		QuizCommand command = switch (first) {
			case "stats" -> rest.isEmpty() ? new QuizCommand.Stats() : null;
			case "help" -> rest.isEmpty() ? new QuizCommand.Help("") : null;
			case "pause" -> rest.isEmpty() ? new QuizCommand.Pause() : null;
			case "resume" -> rest.isEmpty() ? new QuizCommand.Resume() : null;
			case "post" -> rest.isEmpty() ? new QuizCommand.Post() : null;
			case "unsubscribe" -> rest.isEmpty() ? new QuizCommand.Unsubscribe() : null;
			case "setup" -> setup(rest);
			case "subscribe" -> subscribe(rest);
			case "lead" -> lead(rest);
			default -> rest.isEmpty() ? this.bank.findDomain(first).map(Domain::id).map(QuizCommand.Ask::new).orElse(null)
					: null;
		};
		return command != null ? command : new QuizCommand.Help(echo(trimmed));
	}

	private static QuizCommand setup(List<String> words) {
		Optional<LocalTime> time = Optional.empty();
		Optional<ZoneId> zone = Optional.empty();
		Optional<StudyDays> days = Optional.empty();
		for (String word : words) {
			Optional<LocalTime> asTime = time(word);
			Optional<StudyDays> asDays = StudyDays.parse(word);
			Optional<ZoneId> asZone = zone(word);
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
				return null;
			}
		}
		return new QuizCommand.Setup(time, zone, days);
	}

	private static QuizCommand subscribe(List<String> words) {
		Optional<LocalTime> time = Optional.empty();
		Optional<StudyDays> days = Optional.empty();
		for (String word : words) {
			Optional<LocalTime> asTime = time(word);
			Optional<StudyDays> asDays = StudyDays.parse(word);
			if (asTime.isPresent() && time.isEmpty()) {
				time = asTime;
			}
			else if (asDays.isPresent() && days.isEmpty()) {
				days = asDays;
			}
			else {
				return null;
			}
		}
		return new QuizCommand.Subscribe(time, days);
	}

	private static QuizCommand lead(List<String> words) {
		if (words.size() != 2) {
			return null;
		}
		Matcher mention = MENTION.matcher(words.get(1));
		if (!mention.matches()) {
			return null;
		}
		return switch (words.get(0).toLowerCase(Locale.ROOT)) {
			case "add" -> new QuizCommand.LeadAdd(mention.group(1));
			case "remove" -> new QuizCommand.LeadRemove(mention.group(1));
			default -> null;
		};
	}

	static Optional<LocalTime> time(String word) {
		Matcher matcher = TIME.matcher(word);
		return matcher.matches()
				? Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
				: Optional.empty();
	}

	/** An IANA zone id such as Europe/Berlin (not an abbreviation like PST, which is ambiguous). */
	static Optional<ZoneId> zone(String word) {
		if (!word.contains("/") && !word.equalsIgnoreCase("UTC")) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(word.equalsIgnoreCase("utc") ? "UTC" : word));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String echo(String text) {
		return text.length() > MAX_ECHO ? text.substring(0, MAX_ECHO) + "…" : text;
	}

}
