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
import io.studycoach.support.SlackRequests;
import io.studycoach.support.TestRedis;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static final int SATURATION_SECONDS = 10;

	private static final int CLIENTS = 24;

	@Test
	void answerClicks() throws Exception {
		QuestionBank bank = new ContentLoader().load("file:content/");
		// A light stand-in for Slack (not WireMock), so the load generator's machine share stays small.
		try (RecordingSlack stub = new RecordingSlack(0); ChildApp coach = ChildApp.start(
				StudyCoachApplication.class.getName(), "coach", "--slack.bot-token=xoxb-1111-2222-testtoken",
				"--slack.api-url=" + stub.apiUrl(),
				"--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID())) {
			SlackRequests slack = new SlackRequests(coach.port);
			String responseUrl = stub.apiUrl().replace("/api/", "/respond/bench");
			ConcurrentLinkedQueue<String> clicks = prepareClicks(slack, bank, RATE * RATE_SECONDS + 40_000, responseUrl);
			Figures.record("B4", "coach JVM resident memory, idle (after start and setup)", coach.rssMiB() + " MiB", "-");

			long[] latencies = fixedRate(slack, clicks);
			long[] sorted = Figures.sorted(latencies);
			Figures.record("B1", "answer click latency p50 at " + RATE + "/s", Figures.millis(Figures.percentile(sorted, 50)), "-");
			Figures.record("B1", "answer click latency p99 at " + RATE + "/s", Figures.millis(Figures.percentile(sorted, 99)),
					"<= 25 ms on 2 cores");

			double coachThroughput = saturate(slack, clicks);
			Figures.record("B1", "answer clicks/s at saturation (coach)", String.format("%.0f", coachThroughput), "-");
			Figures.record("B4", "coach JVM resident memory, under B1 load", coach.rssMiB() + " MiB", "-");

			try (ChildApp bare = ChildApp.start(BareBoltApp.class.getName(), "bare",
					"--slack.bot-token=xoxb-1111-2222-testtoken", "--slack.api-url=" + stub.apiUrl(),
					"--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration,"
							+ "org.springframework.boot.autoconfigure.data.redis.RedisRepositoriesAutoConfiguration")) {
				SlackRequests bareSlack = new SlackRequests(bare.port);
				ConcurrentLinkedQueue<String> bareClicks = new ConcurrentLinkedQueue<>();
				for (int i = 0; i < 200_000; i++) {
					bareClicks.add(withResponseUrl(Interactions.button(TEAM, "U" + i, "answer_A", "AAAAAAAAAAAAAAAA", "bare"),
							responseUrl));
				}
				double bareThroughput = saturate(bareSlack, bareClicks);
				Figures.record("B1", "clicks/s at saturation (bare Bolt app, ack only)", String.format("%.0f", bareThroughput), "-");
				Figures.record("B1", "coach throughput as a share of the bare app's",
						String.format("%.0f%%", 100 * coachThroughput / bareThroughput), ">= 70%");
			}
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
					String delivery = asked.findValues("value").stream().map(JsonNode::asText)
						.filter(v -> v.matches("[A-Za-z0-9_-]{16}")).findFirst().orElseThrow();
					Question question = bank.question(redis.get("sc:{" + TEAM + "}:dlv:" + delivery).split("\\|")[1]).orElseThrow();
					List<String> letters = question.answer().stream().sorted().map(String::valueOf).toList();
					clicks.add(withResponseUrl(letters.size() == 1
							? Interactions.button(TEAM, user, "answer_" + letters.get(0), delivery, "bench")
							: Interactions.submit(TEAM, user, delivery, letters, "bench"), responseUrl));
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

	/** Sends at a fixed rate; latency counts from the moment a click was due, so queueing shows. */
	private static long[] fixedRate(SlackRequests slack, ConcurrentLinkedQueue<String> clicks) throws Exception {
		int total = RATE * RATE_SECONDS;
		long[] latencies = new long[total];
		ExecutorService senders = Executors.newFixedThreadPool(64);
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		CountDownLatch done = new CountDownLatch(total);
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime() + 50_000_000L;
		long interval = 1_000_000_000L / RATE;
		for (int i = 0; i < total; i++) {
			int n = i;
			long due = start + n * interval;
			String body = clicks.poll();
			timer.schedule(() -> senders.execute(() -> {
				HttpResponse<String> response = slack.post(body, java.time.Instant.now(), SlackRequests.SIGNING_SECRET);
				latencies[n] = System.nanoTime() - due;
				if (response.statusCode() != 200) {
					errors.incrementAndGet();
				}
				done.countDown();
			}), due - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		done.await();
		timer.shutdown();
		senders.shutdown();
		assertThat(errors.get()).isZero();
		return latencies;
	}

	private static double saturate(SlackRequests slack, ConcurrentLinkedQueue<String> clicks) throws Exception {
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long end = System.nanoTime() + SATURATION_SECONDS * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < CLIENTS; t++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					String body = clicks.poll();
					if (body == null) {
						return;
					}
					if (slack.post(body, java.time.Instant.now(), SlackRequests.SIGNING_SECRET).statusCode() != 200) {
						errors.incrementAndGet();
					}
					sent.incrementAndGet();
				}
			});
			thread.start();
			threads.add(thread);
		}
		long began = System.nanoTime();
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		assertThat(errors.get()).isZero();
		assertThat(clicks).as("enough prepared clicks for the whole run").isNotEmpty();
		return sent.get() / seconds;
	}

}
