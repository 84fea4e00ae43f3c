package io.studycoach.bench;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.quality.ItemFigures;
import io.studycoach.quality.ItemStats;
import io.studycoach.quality.QualityWiring;
import io.studycoach.quality.Quarantine;
import io.studycoach.quality.QuestionAnalysis;
import io.studycoach.quality.Verdict;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;
import io.studycoach.support.WireTurns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B7: the item analysis of 1,000 questions from 100,000 recorded first attempts (2,000 simulated
 * learners, 50 answers each, abilities ~ N(0, 1), a Rasch curve, five planted items whose key is
 * wrong). The answers go in through the production script (quality-item.lua), pipelined so the setup
 * is quick; the analysis is then timed, and its Redis round trips counted by a TCP relay between it
 * and Redis ({@link WireTurns}): each time the coach speaks on a connection after Redis has answered on it is one.
 */
class QualityBenchmark {

	private static final int QUESTIONS = 1_000;

	private static final int LEARNERS = 2_000;

	private static final int ANSWERS_EACH = 50;

	private static final int PLANTED = 5;

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	@Test
	void analysesAThousandQuestionsAndAHundredThousandAnswersQuickly() throws Exception {
		List<Question> questions = new ArrayList<>();
		double[] difficulty = new double[QUESTIONS];
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < QUESTIONS; i++) {
			questions.add(new Question(String.format("b7-q%04d", i), "d" + (1 + i % 6), "topic", 2, "Which one?",
					List.of("one", "two", "three", "four"), Set.of('A'), "Because.", List.of(), "", Set.of(), "2026-10"));
			difficulty[i] = random.nextGaussian();
		}
		List<Domain> domains = new ArrayList<>();
		for (int d = 1; d <= 6; d++) {
			domains.add(new Domain("d" + d, "Domain " + d, List.of("d" + d), "domain " + d, 1.0 / 6));
		}
		QuestionBank bank = new QuestionBank(domains, questions);
		StatefulRedisConnection<String, String> connection = TestRedis.connection();
		connection.sync().del(RedisKeys.questionStats(), RedisKeys.questionReports(), RedisKeys.questionReportsClosed(),
				RedisKeys.questionQuarantine(), RedisKeys.questionCleared());
		record(connection, random, difficulty);

		try (WireTurns trips = new WireTurns(TestRedis.url(), Duration.ZERO); HandWiredRedis wired = HandWiredRedis.open(trips.url())) {
			Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
			Quarantine quarantine = QualityWiring.quarantine(wired.redis(), bank, clock);
			QuestionAnalysis analysis = QualityWiring.analysis(wired.redis(), bank, quarantine, clock);
			analysis.analyse(); // warms the JIT and the script cache, and makes the first quarantines
			connection.sync().del(RedisKeys.questionQuarantine(), RedisKeys.questionCleared());

			trips.reset();
			long start = System.nanoTime();
			QuestionAnalysis.Report first = analysis.analyse();
			long firstNanos = System.nanoTime() - start;
			long firstTrips = trips.turns().size();
			long[] runs = new long[5];
			long steadyTrips = 0;
			for (int i = 0; i < runs.length; i++) {
				trips.reset();
				long s = System.nanoTime();
				analysis.analyse();
				runs[i] = System.nanoTime() - s;
				steadyTrips = trips.turns().size();
			}
			long answers = first.questions().stream().mapToLong(ItemFigures::answers).sum();
			long suspect = first.questions().stream().filter(q -> q.verdicts().contains(Verdict.SUSPECT_KEY)).count();
			long plantedCaught = first.questions().stream().limit(PLANTED)
				.filter(q -> q.verdicts().contains(Verdict.SUSPECT_KEY)).count();

			Figures.record("B7", "item analysis of " + QUESTIONS + " questions from " + answers
					+ " first attempts, first run (quarantines " + suspect + " suspect keys, " + plantedCaught + " of "
					+ PLANTED + " planted)", Figures.millis(firstNanos), "< 5 s");
			Figures.record("B7", "the same, median of 5 runs with the quarantines in place",
					Figures.millis(Figures.sorted(runs)[runs.length / 2]), "< 5 s");
			Figures.record("B7", "Redis round trips of the first run / of a later run (counted on the wire)",
					firstTrips + " / " + steadyTrips, "< 20");
			assertThat(answers).isEqualTo((long) LEARNERS * ANSWERS_EACH);
			assertThat(plantedCaught).isEqualTo(PLANTED);
			assertThat(firstNanos).isLessThan(TimeUnit.SECONDS.toNanos(5));
			assertThat(firstTrips).isLessThan(20);
			quarantine.held().forEach(id -> quarantine.clear(id, "command"));
		}
	}

	/** What the item figures add to each first answer: one script call after the answer's own. */
	@Test
	void aFirstAttemptCostsTheAnswerPathOneShortScriptCall() {
		try (HandWiredRedis wired = HandWiredRedis.open()) {
			ItemStats stats = QualityWiring.itemStats(wired.redis());
			SplittableRandom random = new SplittableRandom(11);
			long[] nanos = new long[3_000];
			for (int i = 0; i < nanos.length; i++) {
				long start = System.nanoTime();
				stats.firstAttempt(String.format("b7-q%04d", random.nextInt(QUESTIONS)), Set.of("ABCD".charAt(random.nextInt(4))),
						random.nextBoolean(), random.nextGaussian());
				nanos[i] = System.nanoTime() - start;
			}
			long[] sorted = Figures.sorted(Arrays.copyOfRange(nanos, 1_000, nanos.length));
			Figures.record("B7", "added to each first answer: the item-figures script, p50 / p99 of 2,000 calls (after 1,000 to warm up)",
					Figures.millis(Figures.percentile(sorted, 50)) + " / " + Figures.millis(Figures.percentile(sorted, 99)),
					"-");
			assertThat(Figures.percentile(sorted, 50)).isLessThan(TimeUnit.MILLISECONDS.toNanos(50));
		}
	}

	/** 100,000 first attempts through the production script, a thousand in flight at a time. */
	private static void record(StatefulRedisConnection<String, String> connection, SplittableRandom random,
			double[] difficulty) throws IOException {
		String sha = connection.sync().scriptLoad(script());
		List<RedisFuture<Object>> batch = new ArrayList<>();
		for (int learner = 0; learner < LEARNERS; learner++) {
			double ability = random.nextGaussian();
			int[] order = random.ints(0, QUESTIONS).distinct().limit(ANSWERS_EACH).toArray();
			for (int q : order) {
				boolean planted = q < PLANTED;
				double chance = 1 / (1 + Math.exp(-(ability - difficulty[q])));
				String pick;
				if (planted) {
					// The key says A, but C is right: those who know pick C.
					pick = random.nextDouble() < chance ? "C" : "ABD".substring(random.nextInt(3)).substring(0, 1);
				}
				else {
					pick = random.nextDouble() < chance ? "A" : "BCD".substring(random.nextInt(3)).substring(0, 1);
				}
				boolean right = pick.equals("A");
				batch.add(connection.async().evalsha(sha, ScriptOutputType.INTEGER, new String[] { RedisKeys.questionStats() },
						String.format("b7-q%04d", q), right ? "1" : "0", Double.toString(ability), ability >= 0.5 ? "1" : "0",
						pick));
				if (batch.size() == 1_000) {
					batch.forEach(f -> f.toCompletableFuture().join());
					batch.clear();
				}
			}
		}
		batch.forEach(f -> f.toCompletableFuture().join());
	}

	private static String script() throws IOException {
		try (InputStream in = QualityBenchmark.class.getClassLoader().getResourceAsStream("redis/quality-item.lua")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
