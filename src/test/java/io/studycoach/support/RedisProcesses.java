package io.studycoach.support;

import redis.embedded.core.ExecutableProvider;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the test Cluster and Sentinel share: the redis-server binary, waiting, and cleaning up. */
final class RedisProcesses {

	private static final Logger logger = LoggerFactory.getLogger(RedisProcesses.class);

	private static File binary;

	private RedisProcesses() {
	}

	// Extracted once: the jar's provider writes a fresh 10 MB copy to a new temp dir on every call.
	static synchronized File binary() throws IOException {
		if (binary == null) {
			binary = ExecutableProvider.newJarResourceProvider().get();
		}
		return binary;
	}

	static void pause(Duration duration, String waitingFor) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + waitingFor, ex);
		}
	}

	static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}: {}", root, ex.getMessage());
		}
	}

}
