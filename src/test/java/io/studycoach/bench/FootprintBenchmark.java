package io.studycoach.bench;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.content.Question;
import io.studycoach.progress.AnswerRecorder;
import io.studycoach.progress.Delivery;
import io.studycoach.quiz.QuizService;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B4: Redis bytes per active learner after 90 simulated days of one question a day, measured with
 * MEMORY USAGE: what a learner keeps for good, and what expires (a question and its answers last 14
 * days, so at any time about 14 days' worth exist).
 */
class FootprintBenchmark {

	private static final int LEARNERS = 300;

	private static final int DAYS = 90;

	@Test
	void bytesPerLearnerAfterNinetyDays() throws Exception {
		SlackStub.reset();
		String team = "T0MEM" + System.nanoTime() % 100_000;
		SharedClock.CLOCK.set(Instant.parse("2026-01-05T12:00:00Z"));
		try (ConfigurableApplicationContext app = SharedClock.startCoach(SlackStub.apiUrl())) {
			QuizService quiz = app.getBean(QuizService.class);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			SplittableRandom random = new SplittableRandom(11);
			for (int day = 0; day < DAYS; day++) {
				SharedClock.CLOCK.set(Instant.parse("2026-01-05T12:00:00Z").plus(Duration.ofDays(day)));
				List<CompletableFuture<?>> work = new ArrayList<>();
				for (int l = 0; l < LEARNERS; l++) {
					String user = "U" + String.format("%07d", l);
					boolean right = random.nextInt(10) < 7;
					work.add(CompletableFuture.runAsync(() -> {
						QuizService.Asked asked = quiz.ask(team, user, user, "", ZoneOffset.UTC, Delivery.Kind.DIRECT);
						Question q = asked.question();
						Set<Character> letters = right ? q.answer() : Set.of(q.answer().contains('A') ? 'B' : 'A');
						if (!right && q.multiSelect()) {
							letters = Set.of(q.answer().contains('A') ? 'B' : 'A', q.answer().contains('C') ? 'D' : 'C');
						}
						quiz.answer(team, user, asked.delivery().id(), letters, ZoneOffset.UTC);
					}, pool));
				}
				work.forEach(CompletableFuture::join);
			}
			pool.shutdown();

			// Redis expires keys by wall-clock time, and 90 days pass here in seconds, so count what
			// would still be alive at the end: keys with no expiry, and keys whose lifetime (from the
			// simulated moment they were last written) has not run out.
			Instant end = SharedClock.CLOCK.instant();
			long kept = memory("sc:{" + team + "}:u:*", key -> !key.contains(":wk:")) / LEARNERS;
			// A weekly tally lives from the week's first answer, here on its Monday.
			long weeks = memory("sc:{" + team + "}:u:*:wk:*",
					key -> !java.time.LocalDate.parse(key.substring(key.lastIndexOf(':') + 1))
						.isBefore(end.atZone(ZoneOffset.UTC)
							.toLocalDate()
							.minusDays(AnswerRecorder.LEARNER_WEEK_LIFETIME.toDays()))) / LEARNERS;
			RedisCommands<String, String> redis = TestRedis.connection().sync();
			long questions = memory("sc:{" + team + "}:dlv:*", key -> {
				String delivery = key.endsWith(":answers") ? key.substring(0, key.length() - ":answers".length()) : key;
				String[] fields = redis.get(delivery).split("\\|");
				Instant at = Instant.ofEpochSecond(Long.parseLong(fields[4]));
				boolean answered = redis.hlen(delivery + ":answers") > 0;
				return at.isAfter(end.minus(answered ? Duration.ofDays(1) : Duration.ofDays(14)));
			}) / LEARNERS;
			Figures.record("B4", "Redis bytes a learner keeps for good after 90 days (stats, days, answered, reviews)",
					kept + " B", "-");
			Figures.record("B4", "Redis bytes of a learner's expiring records alive at day 90 (weekly tallies, questions)",
					(weeks + questions) + " B", "-");
			Figures.record("B4", "Redis bytes per active learner after 90 days, in all", (kept + weeks + questions) + " B",
					"<= 4 KB");
			assertThat(kept).isPositive();
		}
	}

	private static long memory(String pattern, java.util.function.Predicate<String> alive) {
		RedisCommands<String, String> redis = TestRedis.connection().sync();
		long total = 0;
		ScanCursor cursor = ScanCursor.INITIAL;
		do {
			KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(pattern).limit(1000));
			for (String key : page.getKeys()) {
				if (!alive.test(key)) {
					continue;
				}
				Long bytes = redis.memoryUsage(key);
				total += bytes == null ? 0 : bytes;
			}
			cursor = page;
		}
		while (!cursor.isFinished());
		return total;
	}

}
