package io.studycoach.bench;

import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.ChannelPost;
import io.studycoach.delivery.ChannelQuestions;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.quiz.QuizService;
import io.studycoach.summary.WeeklySummary;
import io.studycoach.summary.WeeklySummaryBuilder;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B3: the weekly summary of a 5,000-member channel with four weeks of history (two answers a member a
 * week, through the real answer path): build time and the Redis commands it takes.
 */
class SummaryBenchmark {

	private static final int MEMBERS = 5_000;

	@Test
	void weeklySummaryOfAFiveThousandMemberChannel() throws Exception {
		SlackStub.reset();
		String team = "T0SUM" + System.nanoTime() % 100_000;
		SharedClock.CLOCK.set(Instant.parse("2026-01-05T08:00:00Z"));
		try (ConfigurableApplicationContext app = SharedClock.startCoach(SlackStub.apiUrl())) {
			ChannelSettings channel = new ChannelSettings("C0BIG", new SendSchedule(LocalTime.of(9, 0), StudyDays.DAILY),
					ZoneOffset.UTC, false, "", "U0LEAD", "");
			app.getBean(ChannelStore.class).save(team, channel);
			ChannelQuestions questions = app.getBean(ChannelQuestions.class);
			QuizService quiz = app.getBean(QuizService.class);
			QuestionBank bank = app.getBean(QuestionBank.class);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			for (int week = 0; week < 4; week++) {
				for (int day : new int[] { 1, 3 }) {
					SharedClock.CLOCK.set(Instant.parse("2026-01-05T09:00:00Z").plus(Duration.ofDays(week * 7L + day)));
					ChannelPost post = questions.prepare(team, channel, SharedClock.CLOCK.instant());
					questions.posted(team, channel, post, "1.2", SharedClock.CLOCK.instant());
					Question question = post.question();
					List<CompletableFuture<?>> answers = new ArrayList<>();
					for (int m = 0; m < MEMBERS; m++) {
						String user = "U" + String.format("%07d", m);
						Set<Character> letters = m % 4 == 0 ? wrong(question) : question.answer();
						answers.add(CompletableFuture.runAsync(
								() -> quiz.answer(team, user, post.delivery().id(), letters, ZoneOffset.UTC), pool));
					}
					answers.forEach(CompletableFuture::join);
				}
			}
			pool.shutdown();

			WeeklySummaryBuilder builder = app.getBean(WeeklySummaryBuilder.class);
			LocalDate monday = LocalDate.of(2026, 1, 26);
			LocalDate today = LocalDate.of(2026, 2, 2);
			builder.build(team, "C0BIG", ZoneOffset.UTC, monday, today);
			long commandsBefore = commands();
			long[] times = new long[7];
			WeeklySummary summary = null;
			for (int i = 0; i < times.length; i++) {
				long start = System.nanoTime();
				summary = builder.build(team, "C0BIG", ZoneOffset.UTC, monday, today);
				times[i] = System.nanoTime() - start;
			}
			long commandsPerBuild = (commands() - commandsBefore - times.length) / times.length;
			assertThat(summary.thisWeek().members()).isEqualTo(MEMBERS);
			assertThat(summary.thisWeek().answers()).isEqualTo(2L * MEMBERS);
			long[] sorted = Figures.sorted(times);
			Figures.record("B3", "weekly summary build, 5,000 members, 4 weeks (median of 7)",
					Figures.millis(Figures.percentile(sorted, 50)), "<= 500 ms");
			Figures.record("B3", "Redis commands per summary, sent in pipelined batches", Long.toString(commandsPerBuild),
					"-");
		}
	}

	private static Set<Character> wrong(Question question) {
		return Arrays.stream("ABCDE".substring(0, question.choices().size()).split(""))
			.map(s -> s.charAt(0))
			.filter(c -> !question.answer().contains(c))
			.limit(question.answer().size())
			.collect(Collectors.toSet());
	}

	/** Commands the server has run, from INFO commandstats (the INFO call itself counts once). */
	private static long commands() {
		RedisCommands<String, String> redis = TestRedis.connection().sync();
		long total = 0;
		for (String line : redis.info("commandstats").split("\r?\n")) {
			int at = line.indexOf("calls=");
			if (line.startsWith("cmdstat_") && at > 0) {
				total += Long.parseLong(line.substring(at + 6, line.indexOf(',', at)));
			}
		}
		return total;
	}

}
