package io.studycoach.slack;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@code /quiz} sub-command. The router hands each call to the first sub-command that claims
 * its words, so a new sub-command is one new class.
 */
public interface Subcommand {

	/** The slash command every sub-command hangs off. */
	String COMMAND = "/quiz";

	/** True when these words (the command text split on spaces; empty for a bare {@code /quiz}) are this sub-command's. */
	boolean handles(List<String> words);

	/**
	 * True when the reply may call Slack's Web API or wait on it: the router then acknowledges first
	 * and answers through the command's response_url.
	 */
	default boolean callsSlack() {
		return true;
	}

	/**
	 * Reads the call's words without calling anything: the work that makes the reply, or empty when
	 * the words are not understood (the router then answers with usage help at once).
	 */
	Optional<Supplier<Message>> parse(CommandCall call);

	/**
	 * Why {@link #parse} refused these words: the problem and this sub-command's help. Empty falls
	 * back to the full help.
	 */
	default Optional<Refusal> refusal(CommandCall call) {
		return Optional.empty();
	}

}
