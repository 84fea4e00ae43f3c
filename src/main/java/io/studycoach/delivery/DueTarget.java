package io.studycoach.delivery;

import java.util.Arrays;
import java.util.Optional;

/**
 * Something the due index holds until it is due: a channel's or a subscriber's daily question, a
 * weekly summary, a challenge's questions or its closing. Stored as {@code <prefix><id>}, e.g.
 * {@code ch:C123} or {@code chs:9f2a:U42}.
 */
public record DueTarget(Kind kind, String id) {

	public enum Kind {

		CHANNEL_QUESTION("ch:"), DIRECT_QUESTION("dm:"), CHANNEL_SUMMARY("sum:"), PERSONAL_SUMMARY("wk:"),
		CHALLENGE_QUESTIONS("chs:"), CHALLENGE_CLOSING("che:"), CHALLENGE_ANNOUNCEMENT("cha:"), EXAM_NUDGE("nud:"),
		EXAM_DEADLINE("exd:");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

	}

	public static DueTarget channelQuestion(String channelId) {
		return new DueTarget(Kind.CHANNEL_QUESTION, channelId);
	}

	public static DueTarget directQuestion(String userId) {
		return new DueTarget(Kind.DIRECT_QUESTION, userId);
	}

	/** The form kept in Redis. */
	public String key() {
		return this.kind.prefix + this.id;
	}

	/** The target a stored key names, or empty for a key of no known kind. */
	public static Optional<DueTarget> parse(String key) {
		return Arrays.stream(Kind.values())
			.filter(k -> key.startsWith(k.prefix))
			.findFirst()
			.map(k -> new DueTarget(k, key.substring(k.prefix.length())));
	}

	@Override
	public String toString() {
		return key();
	}

}
