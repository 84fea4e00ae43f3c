package io.studycoach.slack;

import io.studycoach.wording.Prompt;

/**
 * Why a sub-command refused its words: the problem, the word at fault, and the help of that
 * sub-command alone, so the reply names what went wrong and the one form that works.
 *
 * @param number a figure the problem names (a name's length), 0 when none
 * @param limit the bound the figure broke, 0 when none
 */
public record Refusal(Problem problem, String word, int number, int limit, Prompt<RefusalWording.Usage> usage) {

	public Refusal(Problem problem, String word, Prompt<RefusalWording.Usage> usage) {
		this(problem, word, 0, 0, usage);
	}

	/** What was wrong; each has one sentence in {@code prompts/refused.mustache}. */
	public enum Problem {

		NOT_A_TIME, NOT_A_ZONE, NOT_A_DAY, EXTRA_WORD, NOT_A_PLAN, NOT_ON_OFF, NOT_A_MENTION, CHALLENGE_DAYS,
		DOMAIN_LIST, PER_DAY, NAME_TOO_LONG, NOT_AN_AREA, UNKNOWN_WORD, MISSING_WORD

	}

	/**
	 * What a word meant as a time or a time zone got wrong: digits mean a time ({@code 25:99},
	 * {@code 9am}), a slash or capitals a zone ({@code Mars/Olympus}, {@code PST}).
	 */
	public static Problem timeOrZone(String word) {
		if (word.contains("/") || word.matches("[A-Z]{2,5}")) {
			return Problem.NOT_A_ZONE;
		}
		return word.matches(".*\\d.*") ? Problem.NOT_A_TIME : Problem.UNKNOWN_WORD;
	}

}
