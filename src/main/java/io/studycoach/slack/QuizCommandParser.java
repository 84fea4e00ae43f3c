package io.studycoach.slack;

import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.StudyDays;
import io.studycoach.delivery.WeeklySchedule;

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

	private static final int MAX_NAME = 60;

	private static final Pattern DAYS = Pattern.compile("(\\d{1,2})d", Pattern.CASE_INSENSITIVE);

	private static final Pattern DOMAIN_LIST = Pattern.compile("d[1-6](,d[1-6])*");

	/** A word meant as a domain list, right or wrong ("d9" or "d4,d7" is a mistake, not a name). */
	private static final Pattern LOOKS_LIKE_DOMAINS = Pattern.compile("d\\d+(,[a-z0-9]*)*");

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
			case "forget-me" -> rest.isEmpty() ? new QuizCommand.ForgetMe() : null;
			case "setup" -> rest.size() > 0 && rest.get(0).equalsIgnoreCase("summary") ? setupSummary(rest.subList(1, rest.size()))
					: setup(rest);
			case "summary" -> rest.isEmpty() ? new QuizCommand.Summary(false)
					: rest.size() == 1 && rest.get(0).equalsIgnoreCase("post") ? new QuizCommand.Summary(true) : null;
			case "leaderboard" -> leaderboard(rest);
			case "challenge" -> challenge(rest);
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

	private static QuizCommand setupSummary(List<String> words) {
		if (words.size() != 2) {
			return null;
		}
		Optional<java.time.DayOfWeek> day = WeeklySchedule.parseDay(words.get(0));
		Optional<LocalTime> time = time(words.get(1));
		return day.isPresent() && time.isPresent() ? new QuizCommand.SetupSummary(day.get(), time.get()) : null;
	}

	private QuizCommand challenge(List<String> words) {
		if (words.size() == 1 && List.of("join", "status", "end").contains(words.get(0).toLowerCase(Locale.ROOT))) {
			return new QuizCommand.ChallengeAction(words.get(0).toLowerCase(Locale.ROOT));
		}
		if (words.size() < 2 || !words.get(0).equalsIgnoreCase("start")) {
			return null;
		}
		Matcher days = DAYS.matcher(words.get(1));
		if (!days.matches() || Integer.parseInt(days.group(1)) < 1 || Integer.parseInt(days.group(1)) > 60) {
			return null;
		}
		int next = 2;
		List<String> domains = this.bank.domains().stream().map(Domain::id).toList();
		if (next < words.size() && LOOKS_LIKE_DOMAINS.matcher(words.get(next).toLowerCase(Locale.ROOT)).matches()) {
			if (!DOMAIN_LIST.matcher(words.get(next).toLowerCase(Locale.ROOT)).matches()) {
				return null;
			}
			domains = Arrays.stream(words.get(next).toLowerCase(Locale.ROOT).split(",")).distinct().sorted().toList();
			next++;
		}
		int perDay = 1;
		if (next < words.size() && words.get(next).equalsIgnoreCase("per-day")) {
			if (next + 1 >= words.size() || !words.get(next + 1).matches("[1-5]")) {
				return null;
			}
			perDay = Integer.parseInt(words.get(next + 1));
			next += 2;
		}
		String name = String.join(" ", words.subList(next, words.size())).trim();
		if (name.length() > MAX_NAME) {
			return null;
		}
		return new QuizCommand.ChallengeStart(Integer.parseInt(days.group(1)), domains, perDay,
				name.isEmpty() ? "Study challenge" : name);
	}

	private static QuizCommand leaderboard(List<String> words) {
		if (words.isEmpty()) {
			return new QuizCommand.Leaderboard(false);
		}
		if (words.size() == 1) {
			return switch (words.get(0).toLowerCase(Locale.ROOT)) {
				case "week" -> new QuizCommand.Leaderboard(false);
				case "all" -> new QuizCommand.Leaderboard(true);
				default -> null;
			};
		}
		return null;
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
