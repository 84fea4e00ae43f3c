package io.studycoach.bench;

import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;

/**
 * What the Redis under a benchmark is doing besides serving the coach. An append-only-file rewrite
 * (Redis forks and rewrites the whole log once it has doubled) takes a core of the two and stalls
 * writes while the disk catches up: after B1's set-up of tens of thousands of learners one started
 * during the first fixed-rate run. A benchmark waits for any rewrite to end before it measures, and
 * counts the forks during its runs so a figure hit by one says so.
 */
final class RedisActivity {

	private RedisActivity() {
	}

	/** Waits, at most {@code atMost}, until no rewrite runs or waits to run; returns how long that took. */
	static Duration awaitNoRewrite(Duration atMost) throws InterruptedException {
		Instant start = Instant.now();
		while (Duration.between(start, Instant.now()).compareTo(atMost) < 0) {
			String info = redis().info("persistence");
			if (info.contains("aof_rewrite_in_progress:0") && info.contains("aof_rewrite_scheduled:0")) {
				break;
			}
			Thread.sleep(500);
		}
		return Duration.between(start, Instant.now());
	}

	/** Forks Redis has made since it started (each rewrite or snapshot is one). */
	static long forks() {
		return field("stats", "total_forks");
	}

	/**
	 * Times Redis held back its writes because the disk had not finished the previous second's fsync
	 * of the append-only file ({@code appendfsync everysec}): each stalls every write for up to 2 s.
	 */
	static long delayedFsyncs() {
		return field("persistence", "aof_delayed_fsync");
	}

	private static long field(String section, String name) {
		return redis().info(section)
			.lines()
			.filter(line -> line.startsWith(name + ":"))
			.mapToLong(line -> Long.parseLong(line.substring(name.length() + 1).trim()))
			.findFirst()
			.orElse(-1);
	}

	private static RedisCommands<String, String> redis() {
		return TestRedis.connection().sync();
	}

}
