package io.studycoach.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.StudyCoachApplication;
import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.fault.RecordingSlack;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/**
 * B1: signed answer clicks over HTTP against the coach running as its own JVM, with a real
 * redis-server and Slack stubbed: p50/p99 at a fixed 200 requests a second, throughput at saturation,
 * and the same saturation against a bare Bolt app that only acknowledges. Also the coach's resident
 * memory idle and under load (B4's JVM figures).
 */
class ClickBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String TEAM = "T0BENCH" + System.nanoTime() % 100_000;

	private static final int RATE = 200;

	private static final int RATE_SECONDS = 20;

	/** Fixed-rate runs; the figures are their median, with min and max. */
	private static final int RUNS = 3;

	/** Seconds of one saturation round. */
	private static final int SATURATION_SECONDS = 5;

	/** Saturation rounds each app runs before the counted ones. */
	private static final int WARM_UPS = 2;

	/** Counted saturation rounds each, coach and bare app taking turns. */
	private static final int ROUNDS = 3;

	@Test
	void answerClicks() throws Exception {
		QuestionBank bank = new ContentLoader().load("file:content/");
		// A light stand-in for Slack (not WireMock), so the load generator's machine share stays small.
		// The bare app runs from the start with the same JVM flags, and is warmed up like the coach.
		try (RecordingSlack stub = new RecordingSlack(0); ChildApp coach = ChildApp.start(
				StudyCoachApplication.class.getName(), "coach", "--slack.bot-token=xoxb-1111-2222-testtoken",
				"--slack.api-url=" + stub.apiUrl(),
				"--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID());
				ChildApp bare = BareBoltApp.start(stub.apiUrl())) {
			SlackRequests slack = new SlackRequests(coach.port);
			String responseUrl = stub.apiUrl().replace("/api/", "/respond/bench");
			Figures.record("B1", "load average (1 min) before the run", Load.loadAverage(), "-");
			ConcurrentLinkedQueue<String> clicks = prepareClicks(slack, bank,
					RATE * RATE_SECONDS * (RUNS + 1) + 1_500 * SATURATION_SECONDS * (WARM_UPS + ROUNDS), responseUrl);
			Figures.record("B1", "seconds until the coach settled after setting up " + clicks.size() + " learners",
					Long.toString(coach.awaitSettled(Duration.ofSeconds(120)).toSeconds()), "-");
			Figures.record("B4", "coach JVM resident memory, idle (after start and setup)", coach.rssMiB() + " MiB", "-");

			SlackRequests bareSlack = new SlackRequests(bare.port);
			ConcurrentLinkedQueue<String> bareClicks = new ConcurrentLinkedQueue<>();
			for (int i = 0; i < 400_000; i++) {
				bareClicks.add(withResponseUrl(Interactions.button(TEAM, "U" + i, "answer_A", "AAAAAAAAAAAAAAAA", "bare"),
						responseUrl));
			}

			Figures.record("B1", "seconds waited for a Redis append-only-file rewrite to end before the runs",
					Long.toString(RedisActivity.awaitNoRewrite(Duration.ofSeconds(120)).toSeconds()), "-");
			ServerAcks before = ServerAcks.read(coach.port);
			long forks = RedisActivity.forks();
			long delayedFsyncs = RedisActivity.delayedFsyncs();
			Load.Latencies[] latencies = Load.fixedRateRunsAgainstBareApp(slack, clicks, bareSlack, bareClicks, RATE,
					RATE_SECONDS, RUNS);
			ServerAcks during = ServerAcks.read(coach.port).since(before);
			Figures.record("B1", "Redis forks (append-only-file rewrites) during the fixed-rate runs",
					Long.toString(RedisActivity.forks() - forks), "-");
			Figures.record("B1", "Redis writes held back for a slow disk (aof_delayed_fsync) during the fixed-rate runs",
					Long.toString(RedisActivity.delayedFsyncs() - delayedFsyncs), "-");
			Figures.record("B1", "answer click latency p50 at " + RATE + "/s, median of " + RUNS + " runs of "
					+ RATE_SECONDS + " s", PairedRounds.Result.spreadMillis(latencies[0].p50()), "-");
			Figures.record("B1", "answer click latency p99 at " + RATE + "/s, median of " + RUNS + " runs of "
					+ RATE_SECONDS + " s", PairedRounds.Result.spreadMillis(latencies[0].p99()), "<= 25 ms on 2 cores");
			Figures.record("B1", "bare Bolt app click latency p50 at " + RATE + "/s, runs taking turns with the coach's",
					PairedRounds.Result.spreadMillis(latencies[1].p50()), "-");
			Figures.record("B1", "bare Bolt app click latency p99 at " + RATE + "/s, same runs",
					PairedRounds.Result.spreadMillis(latencies[1].p99()), "-");
			Figures.record("B1", "inside the coach (Bolt middleware to ack, coach.slack.ack) p50 / p99, all "
					+ RUNS + " runs", during.percentileMillis(50) + " / " + during.percentileMillis(99) + " ms", "-");

			PairedRounds.Result paired = Load.againstBareApp(slack, clicks, bareSlack, bareClicks, RATE, RATE_SECONDS,
					WARM_UPS, ROUNDS, SATURATION_SECONDS);
			Figures.record("B1", "answer clicks/s at saturation (coach), " + ROUNDS + " rounds alternating with the bare app",
					PairedRounds.Result.spread(paired.a(), "/s"), "-");
			Figures.record("B1", "clicks/s at saturation (bare Bolt app, ack only), same rounds",
					PairedRounds.Result.spread(paired.b(), "/s"), "-");
			Figures.record("B1", "coach throughput as a share of the bare app's: median of per-round ratios",
					paired.share(), ">= 70%");
			Figures.record("B4", "coach JVM resident memory, under B1 load", coach.rssMiB() + " MiB", "-");
		}
	}

	/** One first answer per user: /quiz for each, then a signed click body with the right letters. */
	private static String withResponseUrl(java.util.Map<String, Object> payload, String responseUrl) {
		payload.put("response_url", responseUrl);
		return SlackRequests.interactionBody(payload);
	}

	private static ConcurrentLinkedQueue<String> prepareClicks(SlackRequests slack, QuestionBank bank, int count,
			String responseUrl) throws Exception {
		ConcurrentLinkedQueue<String> clicks = new ConcurrentLinkedQueue<>();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		RedisCommands<String, String> redis = TestRedis.connection().sync();
		CountDownLatch done = new CountDownLatch(count);
		for (int i = 0; i < count; i++) {
			String user = "U" + String.format("%07d", i);
			pool.execute(() -> {
				try {
					JsonNode asked = JSON.readTree(slack.command(TEAM, user, "C0BENCH", "", responseUrl).body());
					String delivery = SlackPosts.deliveryIdIn(asked);
					Question question = bank.question(redis.get("sc:{" + TEAM + "}:dlv:" + delivery).split("\\|")[1]).orElseThrow();
					clicks.add(withResponseUrl(Interactions.rightAnswer(TEAM, user, question, delivery, "bench"),
							responseUrl));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		return clicks;
	}

}
