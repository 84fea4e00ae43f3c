package io.studycoach.bench;

import io.studycoach.support.SlackRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks' load generator: signed request bodies sent at a fixed rate, or as fast as they go,
 * over {@link KeptAliveHttp}.
 */
final class Load {

	/** Client threads at saturation: enough to keep two cores busy, few enough to leave them to the app. */
	static final int CLIENTS = 24;

	private Load() {
	}

	/**
	 * Sends {@code rate} bodies a second for {@code seconds}; each latency counts from the moment its
	 * request was due, not from when it was sent, so any queueing shows.
	 *
	 * @return the latencies in nanoseconds, sorted
	 */
	static long[] fixedRate(SlackRequests slack, Queue<String> bodies, int rate, int seconds) throws Exception {
		int total = rate * seconds;
		long[] latencies = new long[total];
		KeptAliveHttp client = new KeptAliveHttp(slack.events());
		ExecutorService senders = Executors.newFixedThreadPool(64);
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
		CountDownLatch done = new CountDownLatch(total);
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime() + 50_000_000L;
		long interval = 1_000_000_000L / rate;
		for (int i = 0; i < total; i++) {
			int n = i;
			long due = start + n * interval;
			String body = bodies.poll();
			assertThat(body).as("enough prepared requests for the fixed-rate run").isNotNull();
			timer.schedule(() -> senders.execute(() -> {
				int status = client.post(body);
				latencies[n] = System.nanoTime() - due;
				if (status != 200) {
					errors.incrementAndGet();
				}
				done.countDown();
			}), due - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		done.await();
		timer.shutdown();
		senders.shutdown();
		client.close();
		assertThat(errors.get()).isZero();
		return Figures.sorted(latencies);
	}

	/** p50 and p99 of each of {@code runs} fixed-rate runs, in milliseconds. */
	record Latencies(List<Double> p50, List<Double> p99) {

		Latencies() {
			this(new ArrayList<>(), new ArrayList<>());
		}

		/** Adds one run's percentiles, from its latencies sorted in nanoseconds. */
		void add(long[] sorted) {
			this.p50.add(Figures.percentile(sorted, 50) / 1e6);
			this.p99.add(Figures.percentile(sorted, 99) / 1e6);
		}

	}

	static Latencies fixedRateRuns(SlackRequests slack, Queue<String> bodies, int rate, int seconds, int runs)
			throws Exception {
		Latencies latencies = new Latencies();
		for (int run = 0; run < runs; run++) {
			latencies.add(fixedRate(slack, bodies, rate, seconds));
		}
		return latencies;
	}

	/**
	 * Fixed-rate runs taking turns between the coach and the bare app (after one uncounted run each, so
	 * both have compiled their click path alike), so the bare app's latency on the same machine, under
	 * the same load generator, stands beside the coach's: what no app can go below here.
	 */
	static Latencies[] fixedRateRunsAgainstBareApp(SlackRequests coach, Queue<String> clicks, SlackRequests bare,
			Queue<String> bareClicks, int rate, int seconds, int runs) throws Exception {
		fixedRate(coach, clicks, rate, seconds);
		fixedRate(bare, bareClicks, rate, seconds);
		Latencies coachLatencies = new Latencies();
		Latencies bareLatencies = new Latencies();
		for (int run = 0; run < runs; run++) {
			coachLatencies.add(fixedRate(coach, clicks, rate, seconds));
			bareLatencies.add(fixedRate(bare, bareClicks, rate, seconds));
		}
		return new Latencies[] { coachLatencies, bareLatencies };
	}

	/**
	 * The coach's saturation throughput against the bare app's: the bare app, which has served nothing
	 * yet, takes a fixed-rate run of its own first, then both take turns ({@link PairedRounds}).
	 */
	static PairedRounds.Result againstBareApp(SlackRequests coach, Queue<String> clicks, SlackRequests bare,
			Queue<String> bareClicks, int rate, int rateSeconds, int warmUps, int rounds, int seconds) throws Exception {
		fixedRate(bare, bareClicks, rate, rateSeconds);
		return PairedRounds.measure(warmUps, rounds, () -> saturate(coach, clicks, seconds),
				() -> saturate(bare, bareClicks, seconds));
	}

	/** Requests a second with {@link #CLIENTS} clients sending back to back for {@code seconds}. */
	static double saturate(SlackRequests slack, Queue<String> bodies, int seconds) throws Exception {
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		KeptAliveHttp client = new KeptAliveHttp(slack.events());
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < CLIENTS; t++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					String body = bodies.poll();
					if (body == null) {
						return;
					}
					if (client.post(body) != 200) {
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
		double took = (System.nanoTime() - began) / 1e9;
		client.close();
		assertThat(errors.get()).isZero();
		assertThat(bodies).as("enough prepared requests for the whole run").isNotEmpty();
		return sent.get() / took;
	}

	/** The 1-minute load average, to print beside figures measured on a shared machine. */
	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

}
