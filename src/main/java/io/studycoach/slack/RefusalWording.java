package io.studycoach.slack;

import io.studycoach.wording.Prompt;

import java.util.List;

/**
 * The wording of a refused {@code /quiz}: one sentence naming the problem, then the help of that
 * sub-command only (one template each).
 */
public final class RefusalWording {

	/** One flag per {@link Refusal.Problem}; exactly one is set. */
	public record Refused(String word, int number, int limit, boolean notATime, boolean notAZone, boolean notADay,
			boolean extraWord, boolean notAPlan, boolean notOnOff, boolean notAMention, boolean challengeDays,
			boolean domainList, boolean perDay, boolean nameTooLong, boolean notAnArea, boolean unknownWord,
			boolean missingWord) {

		public static Refused of(Refusal refusal) {
			Refusal.Problem p = refusal.problem();
			return new Refused(refusal.word(), refusal.number(), refusal.limit(), p == Refusal.Problem.NOT_A_TIME,
					p == Refusal.Problem.NOT_A_ZONE, p == Refusal.Problem.NOT_A_DAY, p == Refusal.Problem.EXTRA_WORD,
					p == Refusal.Problem.NOT_A_PLAN, p == Refusal.Problem.NOT_ON_OFF, p == Refusal.Problem.NOT_A_MENTION,
					p == Refusal.Problem.CHALLENGE_DAYS, p == Refusal.Problem.DOMAIN_LIST, p == Refusal.Problem.PER_DAY,
					p == Refusal.Problem.NAME_TOO_LONG, p == Refusal.Problem.NOT_AN_AREA,
					p == Refusal.Problem.UNKNOWN_WORD, p == Refusal.Problem.MISSING_WORD);
		}

	}

	/** A sub-command's help; the study areas for those that take one. */
	public record Usage(String command, List<Wording.DomainLine> domains, List<Wording.AreaLine> sections,
			List<Wording.AreaLine> tags) {
	}

	public static final Prompt<Refused> REFUSED = new Prompt<>("refused", Refused.class);

	public static final Prompt<Usage> SETUP = usage("setup");

	public static final Prompt<Usage> LEAD = usage("lead");

	public static final Prompt<Usage> CHANNEL = usage("channel");

	public static final Prompt<Usage> CHALLENGE = usage("challenge");

	public static final Prompt<Usage> SUBSCRIBE = usage("subscribe");

	public static final Prompt<Usage> SUMMARY = usage("summary");

	public static final Prompt<Usage> PLAN = usage("plan");

	public static final Prompt<Usage> NUDGES = usage("nudges");

	public static final Prompt<Usage> EXAM_DATE = usage("exam-date");

	public static final Prompt<Usage> STATS = usage("stats");

	public static final Prompt<Usage> AREAS = usage("areas");

	public static final Prompt<Usage> HELP = usage("help");

	public static final Prompt<Usage> FORGET = usage("forget-me");

	public static final List<Prompt<?>> ALL = List.of(REFUSED, SETUP, LEAD, CHANNEL, CHALLENGE, SUBSCRIBE, SUMMARY, PLAN,
			NUDGES, EXAM_DATE, STATS, AREAS, HELP, FORGET);

	private static Prompt<Usage> usage(String name) {
		return new Prompt<>("usage-" + name, Usage.class);
	}

	private RefusalWording() {
	}

}
