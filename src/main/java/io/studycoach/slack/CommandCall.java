package io.studycoach.slack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Who typed a {@code /quiz} command, where, and its words. */
public record CommandCall(String team, String user, String channel, List<String> words) {

	public CommandCall {
		words = List.copyOf(words);
	}

	/** The words after the first, e.g. the arguments of {@code setup 09:00 Europe/Berlin}. */
	public List<String> args() {
		return this.words.isEmpty() ? List.of() : this.words.subList(1, this.words.size());
	}

	/** The first word, lower-cased, or "" for a bare {@code /quiz}. */
	public String first() {
		return first(this.words);
	}

	public static String first(List<String> words) {
		return words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
	}

	/** The one argument of an on/off sub-command ({@code boards on}, {@code nudges off}), any case; empty for anything else. */
	public Optional<Boolean> onOff() {
		List<String> args = args();
		if (args.size() != 1) {
			return Optional.empty();
		}
		String word = args.get(0).toLowerCase(Locale.ROOT);
		return word.equals("on") || word.equals("off") ? Optional.of(word.equals("on")) : Optional.empty();
	}

	/** True in a direct message with the coach, where channel commands do not apply. */
	public boolean inDirectMessage() {
		return this.channel.startsWith("D");
	}

}
