package io.studycoach.exam;

import io.studycoach.content.Blueprint;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.LearnerHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws an exam's questions the way the real exam is built: each guide section gets its published
 * share (largest-remainder rounding, so the shares add up to the exam's length), single-answer and
 * choose-two questions come in the proportion the section has in the bank, no question twice, and
 * questions the learner has never answered come first, then those answered longest ago.
 */
public final class ExamDraw {

	private ExamDraw() {
	}

	public static List<Question> draw(QuestionBank bank, int length, LearnerHistory history, Random random) {
		return draw(bank, length, history, random, Set.of());
	}

	/**
	 * The same, leaving out held (quarantined) questions; a section whose every question is held keeps
	 * them, so an exam is never short because of holds.
	 */
	public static List<Question> draw(QuestionBank bank, int length, LearnerHistory history, Random random,
			Set<String> held) {
		List<Blueprint.Section> sections = bank.blueprint().sections();
		List<List<Question>> pools = sections.stream().map(s -> open(bank.questionsInSection(s.id()), held)).toList();
		int[] quotas = quotas(sections, pools, length);
		List<Question> drawn = new ArrayList<>();
		for (int i = 0; i < sections.size(); i++) {
			drawn.addAll(fromSection(pools.get(i), quotas[i], history, random));
		}
		Collections.shuffle(drawn, random);
		return drawn;
	}

	private static List<Question> open(List<Question> pool, Set<String> held) {
		List<Question> open = pool.stream().filter(q -> !held.contains(q.id())).toList();
		return open.isEmpty() ? pool : open;
	}

	/**
	 * How many questions each section gets: its weight's share of {@code length}, rounded down, then
	 * the questions left over go one each to the largest remainders (ties to the heavier section, then
	 * to the earlier one). Worked in whole basis points so that 0.13 × 50 is exactly 6.5. A section
	 * with too few questions in the bank gives its surplus to the next largest remainders.
	 */
	static int[] quotas(List<Blueprint.Section> sections, List<List<Question>> pools, int length) {
		int n = sections.size();
		long[] points = new long[n];
		long total = 0;
		for (int i = 0; i < n; i++) {
			points[i] = pools.get(i).isEmpty() ? 0 : Math.round(sections.get(i).weight() * 10_000);
			total += points[i];
		}
		int[] quotas = new int[n];
		if (total == 0) {
			return quotas;
		}
		long[] remainders = new long[n];
		int given = 0;
		for (int i = 0; i < n; i++) {
			quotas[i] = (int) Math.min(length * points[i] / total, pools.get(i).size());
			remainders[i] = length * points[i] % total;
			given += quotas[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparingLong(i -> -points[i])
			.thenComparingInt(i -> i));
		while (given < length) {
			boolean placed = false;
			for (int i : order) {
				if (given < length && quotas[i] < pools.get(i).size() && points[i] > 0) {
					quotas[i]++;
					given++;
					placed = true;
				}
			}
			if (!placed) {
				break;
			}
		}
		return quotas;
	}

	/** {@code count} questions of one section, choose-two in the bank's proportion, freshest first. */
	static List<Question> fromSection(List<Question> pool, int count, LearnerHistory history, Random random) {
		List<Question> singles = freshestFirst(pool.stream().filter(q -> !q.multiSelect()).toList(), history, random);
		List<Question> multis = freshestFirst(pool.stream().filter(Question::multiSelect).toList(), history, random);
		int total = singles.size() + multis.size();
		if (total == 0 || count == 0) {
			return List.of();
		}
		// Round half up: count × multis / total.
		int wantMultis = (int) ((2L * count * multis.size() + total) / (2L * total));
		wantMultis = Math.min(wantMultis, multis.size());
		wantMultis = Math.max(wantMultis, count - singles.size());
		List<Question> picked = new ArrayList<>(multis.subList(0, wantMultis));
		picked.addAll(singles.subList(0, Math.min(singles.size(), count - wantMultis)));
		return picked;
	}

	/** Never answered first (in random order), then by the learner's latest answer, oldest first. */
	private static List<Question> freshestFirst(List<Question> questions, LearnerHistory history, Random random) {
		List<Question> shuffled = new ArrayList<>(questions);
		Collections.shuffle(shuffled, random);
		// A stable sort keeps the shuffle among questions never answered (Instant.MIN ties).
		shuffled.sort(Comparator.comparing(q -> history.lastAnswered().getOrDefault(q.id(), Instant.MIN)));
		return shuffled;
	}

}
