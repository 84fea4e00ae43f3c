package io.studycoach.quality;

import io.studycoach.content.Question;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures and verdicts of one question, from its raw first-attempt counts (plain arithmetic, no
 * Redis). The rules and why they are what they are: docs/question-quality.md.
 */
public final class ItemAnalysis {

	static final int EASY_ANSWERS = 30;

	static final double EASY_SHARE = 0.95;

	static final int DISCRIMINATION_ANSWERS = 30;

	static final int DISTRACTOR_ANSWERS = 50;

	static final double DEAD_SHARE = 0.02;

	/** Strong learners' first attempts needed before their picks can call a key suspect. */
	static final int STRONG_ANSWERS = 10;

	static final int STALE_MONTHS = 12;

	private ItemAnalysis() {
	}

	/**
	 * @param raw the question's fields of the stats hash without the "Q|" prefix (n, r, sx, sxx, sxy, c:A, hn, h:A)
	 * @param open reason code to open reports; {@code closed} to reports closed by a clearing
	 * @param quarantined why the question is quarantined, or ""
	 */
	public static ItemFigures analyse(Question question, Map<String, String> raw, Map<String, Long> open,
			Map<String, Long> closed, String quarantined, YearMonth today, int reportThreshold) {
		long n = count(raw, "n");
		long right = count(raw, "r");
		Map<String, Double> shares = new TreeMap<>();
		for (int i = 0; i < question.choices().size(); i++) {
			String letter = String.valueOf(Question.letter(i));
			shares.put(letter, n == 0 ? 0.0 : (double) count(raw, "c:" + letter) / n);
		}
		Double discrimination = pointBiserial(n, right, number(raw, "sx"), number(raw, "sxx"), number(raw, "sxy"));
		Map<String, Long> reports = new TreeMap<>(closed);
		open.forEach((reason, count) -> reports.merge(reason, count, Long::sum));
		Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
		if (!quarantined.isEmpty() || open.getOrDefault(Reason.KEY_WRONG.code(), 0L) >= reportThreshold
				|| strongPreferADistractor(question, raw)) {
			verdicts.add(Verdict.SUSPECT_KEY);
		}
		if (n >= EASY_ANSWERS && (double) right / n >= EASY_SHARE) {
			verdicts.add(Verdict.TOO_EASY);
		}
		if (n >= DISCRIMINATION_ANSWERS && discrimination != null && discrimination < 0) {
			verdicts.add(Verdict.NOT_DISCRIMINATING);
		}
		if (n >= DISTRACTOR_ANSWERS && shares.entrySet().stream()
			.anyMatch(e -> !question.answer().contains(e.getKey().charAt(0)) && e.getValue() < DEAD_SHARE)) {
			verdicts.add(Verdict.DEAD_DISTRACTOR);
		}
		long staleReports = open.getOrDefault(Reason.OUTDATED.code(), 0L) + open.getOrDefault(Reason.BROKEN_LINK.code(), 0L);
		if (staleReports > 0 || reviewedLongAgo(question.reviewed(), today)) {
			verdicts.add(Verdict.STALE);
		}
		return new ItemFigures(question.id(), question.domain(), question.reviewed(), n, n == 0 ? null : (double) right / n,
				discrimination, shares, reports, new TreeMap<>(open), verdicts, quarantined);
	}

	/**
	 * Pearson's correlation of right (1 or 0) with the ability estimate, from running sums: the
	 * point-biserial. Null when either side does not vary.
	 */
	static Double pointBiserial(long n, long right, double sx, double sxx, double sxy) {
		double varianceX = n * sxx - sx * sx;
		double varianceY = (double) n * right - (double) right * right;
		if (n < 2 || varianceX <= 1e-12 || varianceY <= 0) {
			return null;
		}
		return (n * sxy - sx * right) / Math.sqrt(varianceX * varianceY);
	}

	/**
	 * Among strong learners, some distractor drew clearly more picks than the key (its least-picked
	 * letter): by at least two standard deviations of a sign test, {@code d − k ≥ 2√(d + k)}, so that a
	 * merely hard question, whose strong learners' wrong picks scatter, is not called suspect by chance.
	 */
	static boolean strongPreferADistractor(Question question, Map<String, String> raw) {
		if (count(raw, "hn") < STRONG_ANSWERS) {
			return false;
		}
		long key = question.answer().stream().mapToLong(l -> count(raw, "h:" + l)).min().orElse(0);
		for (int i = 0; i < question.choices().size(); i++) {
			char letter = Question.letter(i);
			long picks = count(raw, "h:" + letter);
			if (!question.answer().contains(letter) && picks - key >= 2 * Math.sqrt(picks + key) && picks > key) {
				return true;
			}
		}
		return false;
	}

	static boolean reviewedLongAgo(String reviewed, YearMonth today) {
		if (reviewed == null || reviewed.isBlank()) {
			return false;
		}
		return YearMonth.parse(reviewed.trim()).isBefore(today.minusMonths(STALE_MONTHS));
	}

	private static long count(Map<String, String> raw, String field) {
		String value = raw.get(field);
		return value == null ? 0 : Long.parseLong(value);
	}

	private static double number(Map<String, String> raw, String field) {
		String value = raw.get(field);
		return value == null ? 0 : Double.parseDouble(value);
	}

}
