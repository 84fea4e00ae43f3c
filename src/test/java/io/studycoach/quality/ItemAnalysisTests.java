package io.studycoach.quality;

import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Item statistics of a small simulated group, checked against numbers worked out by hand. Forty
 * learners answer for the first time: twenty weak ones (ability estimate -1) and twenty strong ones
 * (+1, above the 0.5 that makes a learner strong).
 *
 * <p>Good item G (key B). Strong: 18 B, 1 A, 1 C. Weak: 8 B, 4 A, 4 C, 4 D. So n = 40, right = 26
 * (65%); Σx = 0, Σx² = 40, Σx over right answers = 18 − 8 = 10; point-biserial
 * = (40·10 − 0·26) / √((40·40 − 0²)(40·26 − 26²)) = 400 / √(1600·364) = 0.5241. Shares A 12.5%,
 * B 65%, C 12.5%, D 10%. No rule fires.
 *
 * <p>Planted bad item X (key A, but C is the right answer). Strong: 4 A, 16 C. Weak: 10 A, 6 C, 4 B.
 * So right = 14 (35%), Σx over right = 4 − 10 = −6; point-biserial = −240 / √(1600·364) = −0.3145.
 * Shares A 35%, B 10%, C 55%, D 0%. Strong learners pick C (16) over the key (4): suspect key, and
 * the correlation is below 0 after 30 answers: not discriminating.
 */
class ItemAnalysisTests {

	private static final Instant NOW = Instant.parse("2026-03-04T09:30:00Z");

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final Question good = question("good-" + this.suffix, 'B', "2026-01");

	private final Question bad = question("bad-" + this.suffix, 'A', "2026-01");

	private final QuestionBank bank = new QuestionBank(
			List.of(new Domain("d1", "Domain one", List.of("one"), "the first", 1.0)), List.of(this.good, this.bad));

	private HandWiredRedis wired;

	private ItemStats stats;

	private QuestionAnalysis analysis;

	private Quarantine quarantine;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		this.stats = QualityWiring.itemStats(this.wired.redis());
		this.quarantine = QualityWiring.quarantine(this.wired.redis(), this.bank, clock);
		this.analysis = QualityWiring.analysis(this.wired.redis(), this.bank, this.quarantine, clock);
	}

	@AfterEach
	void close() {
		for (Question q : List.of(this.good, this.bad)) {
			this.quarantine.clear(q.id(), "command");
			TestRedis.connection().sync().hdel(RedisKeys.questionCleared(), q.id());
		}
		this.wired.close();
	}

	@Test
	void theGoodItemPassesAndThePlantedBadItemIsCaughtAndQuarantined() {
		answer(this.good, 1.0, Map.of('B', 18, 'A', 1, 'C', 1));
		answer(this.good, -1.0, Map.of('B', 8, 'A', 4, 'C', 4, 'D', 4));
		answer(this.bad, 1.0, Map.of('A', 4, 'C', 16));
		answer(this.bad, -1.0, Map.of('A', 10, 'C', 6, 'B', 4));

		QuestionAnalysis.Report report = this.analysis.analyse();
		Map<String, ItemFigures> figures = byId(report);

		ItemFigures good = figures.get(this.good.id());
		assertThat(good.answers()).isEqualTo(40);
		assertThat(good.shareRight()).isCloseTo(0.65, within(1e-9));
		assertThat(good.discrimination()).isCloseTo(0.5241, within(1e-4));
		assertThat(good.choiceShares()).containsExactlyInAnyOrderEntriesOf(
				Map.of("A", 0.125, "B", 0.65, "C", 0.125, "D", 0.10));
		assertThat(good.verdicts()).isEmpty();
		assertThat(good.quarantined()).isEmpty();

		ItemFigures bad = figures.get(this.bad.id());
		assertThat(bad.answers()).isEqualTo(40);
		assertThat(bad.shareRight()).isCloseTo(0.35, within(1e-9));
		assertThat(bad.discrimination()).isCloseTo(-0.3145, within(1e-4));
		assertThat(bad.choiceShares()).containsExactlyInAnyOrderEntriesOf(
				Map.of("A", 0.35, "B", 0.10, "C", 0.55, "D", 0.0));
		assertThat(bad.verdicts()).containsExactlyInAnyOrder(Verdict.SUSPECT_KEY, Verdict.NOT_DISCRIMINATING);
		assertThat(bad.quarantined()).isEqualTo("statistics");
		assertThat(this.quarantine.held()).contains(this.bad.id()).doesNotContain(this.good.id());
		assertThat(QuestionReportMarkdown.render(report))
			.contains("| `" + this.good.id() + "` | d1 | 40 | 65% | 0.52 | A 13%, B 65%, C 13%, D 10% | – | ok |  |")
			.contains("| `" + this.bad.id() + "` | d1 | 40 | 35% | -0.31 | A 35%, B 10%, C 55%, D 0% | – | "
					+ "suspect key, not discriminating | statistics |");
	}

	@Test
	void tooEasyDeadDistractorAndStaleFollowTheirThresholds() {
		Question q = question("q-" + this.suffix, 'B', "2025-01");
		Map<String, String> easy = Map.of("n", "60", "r", "58", "c:A", "1", "c:B", "58", "c:C", "1", "c:D", "0");
		ItemFigures figures = ItemAnalysis.analyse(q, easy, Map.of(), Map.of(), "", YearMonth.of(2026, 3), 3);
		// 58/60 = 96.7% right after 60 answers; D drew 0% and A, C 1.7% (< 2%) after 60; reviewed 14 months ago.
		assertThat(figures.verdicts()).containsExactlyInAnyOrder(Verdict.TOO_EASY, Verdict.DEAD_DISTRACTOR,
				Verdict.STALE);

		Map<String, String> fewer = Map.of("n", "29", "r", "29", "c:B", "29");
		assertThat(ItemAnalysis.analyse(question("r-" + this.suffix, 'B', "2026-02"), fewer, Map.of(), Map.of(), "",
				YearMonth.of(2026, 3), 3).verdicts()).as("29 answers are too few to judge").isEmpty();

		assertThat(ItemAnalysis.analyse(question("s-" + this.suffix, 'B', "2026-02"), Map.of(),
				Map.of("key_wrong", 3L, "broken_link", 1L), Map.of("typo", 2L), "", YearMonth.of(2026, 3), 3))
			.satisfies(f -> assertThat(f.verdicts()).containsExactlyInAnyOrder(Verdict.SUSPECT_KEY, Verdict.STALE))
			.satisfies(f -> assertThat(f.reports()).containsExactlyInAnyOrderEntriesOf(
					Map.of("key_wrong", 3L, "broken_link", 1L, "typo", 2L)));
	}

	private void answer(Question question, double ability, Map<Character, Integer> picks) {
		picks.forEach((letter, times) -> {
			for (int i = 0; i < times; i++) {
				this.stats.firstAttempt(question.id(), Set.of(letter), question.answer().contains(letter), ability);
			}
		});
	}

	private static Map<String, ItemFigures> byId(QuestionAnalysis.Report report) {
		return report.questions().stream().collect(java.util.stream.Collectors.toMap(ItemFigures::questionId, f -> f));
	}

	static Question question(String id, char key, String reviewed) {
		return new Question(id, "d1", "topic", 2, "Which one?", List.of("one", "two", "three", "four"), Set.of(key),
				"Because.", List.of("https://cloud.google.com/vertex-ai/docs"), "", Set.of(), reviewed);
	}

}
