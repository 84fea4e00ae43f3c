package io.studycoach.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.redis.EmbeddedRedis;
import io.studycoach.redis.RedisKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real redis-server the tests use: the one named by {@code REDIS_URL}, or one embedded server
 * per test run. Tests keep apart by using their own Slack team ids, as workspaces do.
 */
public final class TestRedis {

	private static String url;

	private static StatefulRedisConnection<String, String> connection;

	private TestRedis() {
	}

	public static synchronized String url() {
		if (url == null) {
			String external = System.getenv("REDIS_URL");
			if (external != null && !external.isBlank()) {
				url = external;
			}
			else {
				try {
					Path dir = Files.createTempDirectory("study-coach-test-redis");
					EmbeddedRedis redis = EmbeddedRedis.start(dir, 0);
					// Each test JVM's server and its data (tens of MB after the benchmarks) go when the JVM does.
					Runtime.getRuntime().addShutdownHook(new Thread(() -> {
						redis.close();
						deleteQuietly(dir);
					}));
					url = redis.url();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return url;
	}

	/** A connection for tests to look at what the app stored. */
	private static void deleteQuietly(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover folder in the temporary directory is harmless.
		}
	}

	public static synchronized StatefulRedisConnection<String, String> connection() {
		if (connection == null) {
			connection = RedisClient.create(url()).connect();
		}
		return connection;
	}

	/** Deletes every key of workspace {@code team} and takes it off the workspaces the delivery tick visits. */
	public static void forgetTeam(String team) {
		RedisCommands<String, String> redis = connection().sync();
		List<String> left = redis.keys(RedisKeys.team(team).everyKey());
		if (!left.isEmpty()) {
			redis.del(left.toArray(String[]::new));
		}
		redis.srem(RedisKeys.teams(), team);
	}

}
