package io.studycoach.slack;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the values that several sub-commands take: times, time zones and user mentions. */
public final class CommandWords {

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

	/** A user mention as Slack escapes it in command text: {@code <@U123|name>} or {@code <@U123>}. */
	private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]{2,20})(\\|[^>]*)?>");

	private CommandWords() {
	}

	public static Optional<LocalTime> time(String word) {
		Matcher matcher = TIME.matcher(word);
		return matcher.matches()
				? Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
				: Optional.empty();
	}

	/** An IANA zone id such as Europe/Berlin (not an abbreviation like PST, which is ambiguous). */
	public static Optional<ZoneId> zone(String word) {
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

	/** The user id of a mention. */
	public static Optional<String> mentionedUser(String word) {
		Matcher mention = MENTION.matcher(word);
		return mention.matches() ? Optional.of(mention.group(1)) : Optional.empty();
	}

}
