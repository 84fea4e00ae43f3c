package io.studycoach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.StudyCoachApplication;
import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.exam.ExamService;
import io.studycoach.fault.RecordingSlack;
import io.studycoach.support.Interactions;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B5: practice exams. Signed exam clicks (answers, ticks, moves, flags) over HTTP against the coach
 * as its own JVM: p99 at a fixed 200/s and throughput at saturation against the bare Bolt app; then
 * 1,000 exams reaching their deadline in the same minute, timed until every one is submitted and its
 * result DM sent.
 */
class ExamBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int RATE = 200;

	private static final int RATE_SECONDS = 20;

	/** Fixed-rate runs; the figures are their median, with min and max. */
	private static final int RUNS = 3;

	/** Seconds of one saturation round; the coach and the bare app take turns, {@link #ROUNDS} each. */
	private static final int SATURATION_SECONDS = 3;

	private static final int WARM_UPS = 2;

	private static final int ROUNDS = 4;

	private static final int EXAMS = 500;

	private static final AtomicLong ACTION_TS = new AtomicLong(1_772_470_000_000_000L);

	private static final MutableClock CLOCK = new MutableClock(Instant.now());

	@Test
	void examClicks() throws Exception {
		String team = "T0EXB" + System.nanoTime() % 100_000;
		QuestionBank bank = new ContentLoader().load("file:content/");
		try (RecordingSlack stub = new RecordingSlack(0); ChildApp coach = ChildApp.start(
				StudyCoachApplication.class.getName(), "exam", "--slack.bot-token=xoxb-1111-2222-testtoken",
				"--slack.api-url=" + stub.apiUrl(), "--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-",
				"--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID(),
				"--coach.slack.retry.posts-per-minute=0", "--coach.slack.retry.channel-spacing=0s");
				ChildApp bare = BareBoltApp.start(stub.apiUrl())) {
			SlackRequests slack = new SlackRequests(coach.port);
			String responseUrl = stub.apiUrl().replace("/api/", "/respond/exam");
			ConcurrentLinkedQueue<String> clicks = prepareClicks(slack, bank, team, responseUrl);
			Figures.record("B5", "seconds until the coach settled after starting the exams",
					Long.toString(coach.awaitSettled(Duration.ofSeconds(120)).toSeconds()), "-");

			Figures.record("B5", "seconds waited for a Redis append-only-file rewrite to end before the runs",
					Long.toString(RedisActivity.awaitNoRewrite(Duration.ofSeconds(120)).toSeconds()), "-");
			Figures.record("B5", "load average (1 min) before the run", Load.loadAverage(), "-");
			// One uncounted run first: setting the exams up never ran the click path, so its first clicks
			// would be measured on code the JIT has not compiled yet (the bare app gets the same).
			Load.fixedRate(slack, clicks, RATE, RATE_SECONDS);
			long forks = RedisActivity.forks();
			long delayedFsyncs = RedisActivity.delayedFsyncs();
			Load.Latencies latencies = Load.fixedRateRuns(slack, clicks, RATE, RATE_SECONDS, RUNS);
			Figures.record("B5", "Redis forks (append-only-file rewrites) during the fixed-rate runs",
					Long.toString(RedisActivity.forks() - forks), "-");
			Figures.record("B5", "Redis writes held back for a slow disk (aof_delayed_fsync) during the fixed-rate runs",
					Long.toString(RedisActivity.delayedFsyncs() - delayedFsyncs), "-");
			Figures.record("B5", "exam click (answer, tick, move, flag) latency p50 at " + RATE + "/s, median of " + RUNS
					+ " runs", PairedRounds.Result.spreadMillis(latencies.p50()), "-");
			Figures.record("B5", "exam click latency p99 at " + RATE + "/s, median of " + RUNS + " runs",
					PairedRounds.Result.spreadMillis(latencies.p99()), "<= 25 ms on 2 cores");

			SlackRequests bareSlack = new SlackRequests(bare.port);
			ConcurrentLinkedQueue<String> bareClicks = new ConcurrentLinkedQueue<>();
			for (int i = 0; i < 300_000; i++) {
				Map<String, Object> payload = Interactions.button(team, "U" + i, "answer_A", "AAAAAAAAAAAAAAAA", "bare");
				payload.put("response_url", responseUrl);
				bareClicks.add(SlackRequests.interactionBody(payload));
			}
			PairedRounds.Result paired = Load.againstBareApp(slack, clicks, bareSlack, bareClicks, RATE, RATE_SECONDS,
					WARM_UPS, ROUNDS, SATURATION_SECONDS);
			Figures.record("B5", "exam clicks/s at saturation (coach), " + ROUNDS + " rounds alternating with the bare app",
					PairedRounds.Result.spread(paired.a(), "/s"), "-");
			Figures.record("B5", "clicks/s at saturation (bare Bolt app, ack only), same rounds",
					PairedRounds.Result.spread(paired.b(), "/s"), "-");
			Figures.record("B5", "exam click throughput as a share of the bare app's: median of per-round ratios",
					paired.share(), ">= 70%");
		}
	}

	@Test
	void aThousandExamsReachTheirDeadlineInTheSameMinute() throws Exception {
		String team = "T0EXD" + System.nanoTime() % 100_000;
		CLOCK.set(Instant.now());
		try (RecordingSlack slack = new RecordingSlack(0);
				ConfigurableApplicationContext app = new SpringApplicationBuilder(StudyCoachApplication.class,
						BenchClock.class).run("--server.port=0", "--slack.bot-token=xoxb-1111-2222-testtoken",
								"--slack.signing-secret=" + SlackRequests.SIGNING_SECRET, "--slack.api-url=" + slack.apiUrl(),
								"--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-",
								"--coach.delivery.stream=sc:fanout:" + team, "--coach.slack.retry.posts-per-minute=0",
								"--coach.slack.retry.channel-spacing=0s", "--logging.level.root=WARN")) {
			TestRedis.connection().sync().del("sc:teams");
			app.getBean(io.studycoach.delivery.ServedTeams.class).serveOnly(team);
			ExamService exams = app.getBean(ExamService.class);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			CountDownLatch started = new CountDownLatch(1_000);
			// The clock stands still while they start: all 1,000 deadlines fall in the same minute.
			for (int i = 0; i < 1_000; i++) {
				String user = "U" + String.format("%07d", i);
				pool.execute(() -> {
					exams.start(team, user, 10, ZoneOffset.UTC);
					started.countDown();
				});
			}
			started.await();
			pool.shutdown();
			CLOCK.set(CLOCK.instant().plus(Duration.ofMinutes(24)));

			long start = System.nanoTime();
			int handled = app.getBean(DeliveryTick.class).run();
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<String, Integer> counts = slack.dmCounts();
			assertThat(handled).isEqualTo(1_000);
			assertThat(counts.size()).as("learners who got a result").isEqualTo(1_000);
			assertThat(counts.values().stream().filter(c -> c != 1).count()).as("learners with other than one DM").isZero();
			Figures.record("B5", "1,000 exams reaching their deadline in the same minute: submitted and result DMs sent in",
					String.format("%.1f s", seconds), "<= 60 s");
		}
	}

	/** Starts an exam for each user, then builds a queue of their clicks, users taking turns. */
	private static ConcurrentLinkedQueue<String> prepareClicks(SlackRequests slack, QuestionBank bank, String team,
			String responseUrl) throws Exception {
		RedisCommands<String, String> redis = TestRedis.connection().sync();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch done = new CountDownLatch(EXAMS);
		for (int i = 0; i < EXAMS; i++) {
			String user = "U" + String.format("%07d", i);
			pool.execute(() -> {
				try {
					slack.command(team, user, "D" + user.substring(1), "exam 60", responseUrl);
					long until = System.currentTimeMillis() + 60_000;
					while (redis.get("sc:{" + team + "}:u:" + user + ":exam") == null && System.currentTimeMillis() < until) {
						Thread.sleep(20);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		List<List<String>> perUser = new ArrayList<>();
		for (int i = 0; i < EXAMS; i++) {
			String user = "U" + String.format("%07d", i);
			String examId = redis.get("sc:{" + team + "}:u:" + user + ":exam");
			assertThat(examId).as("exam of " + user).isNotNull();
			String[] ids = redis.hget("sc:{" + team + "}:u:" + user + ":exam:" + examId, "q").split(",");
			List<String> mine = new ArrayList<>();
			for (int round = 0; round < 2; round++) {
				for (int q = 0; q < ids.length; q++) {
					Question question = bank.question(ids[q]).orElseThrow();
					String ref = examId + "|" + user + "|" + q;
					mine.add(question.multiSelect() ? tick(team, user, "exam_answers#" + ref, question, responseUrl)
							: button(team, user, "exam_choice_" + (char) ('A' + (q + round) % question.choices().size()), ref,
									responseUrl));
					if (q % 7 == 3) {
						mine.add(button(team, user, "exam_flag_" + (round == 0 ? "on" : "off"), ref, responseUrl));
					}
					if (q + 1 < ids.length) {
						mine.add(button(team, user, "exam_go_" + (q + 1), examId + "|" + user + "|" + (q + 1), responseUrl));
					}
				}
			}
			perUser.add(mine);
		}
		ConcurrentLinkedQueue<String> clicks = new ConcurrentLinkedQueue<>();
		for (int n = 0; ; n++) {
			boolean any = false;
			for (List<String> mine : perUser) {
				if (n < mine.size()) {
					clicks.add(mine.get(n));
					any = true;
				}
			}
			if (!any) {
				break;
			}
		}
		return clicks;
	}

	private static String button(String team, String user, String actionId, String value, String responseUrl) {
		Map<String, Object> payload = Interactions.button(team, user, actionId, value, "exam");
		@SuppressWarnings("unchecked")
		Map<String, Object> action = new LinkedHashMap<>(((List<Map<String, Object>>) payload.get("actions")).get(0));
		action.put("block_id", "exam_nav");
		action.put("action_ts", actionTs());
		payload.put("actions", List.of(action));
		payload.put("response_url", responseUrl);
		return SlackRequests.interactionBody(payload);
	}

	private static String tick(String team, String user, String blockId, Question question, String responseUrl) {
		Map<String, Object> payload = Interactions.button(team, user, "exam_pick", "", "exam");
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("type", "checkboxes");
		action.put("action_id", "exam_pick");
		action.put("block_id", blockId);
		action.put("action_ts", actionTs());
		action.put("selected_options", question.answer().stream().sorted()
			.map(l -> Map.<String, Object>of("text", Map.of("type", "plain_text", "text", String.valueOf(l)), "value",
					String.valueOf(l)))
			.toList());
		payload.put("actions", List.of(action));
		payload.put("response_url", responseUrl);
		return SlackRequests.interactionBody(payload);
	}

	private static String actionTs() {
		long micros = ACTION_TS.incrementAndGet();
		return micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
	}

	@Configuration(proxyBeanMethods = false)
	static class BenchClock {

		@Bean
		@Primary
		MutableClock benchClock() {
			return CLOCK;
		}

	}

}
