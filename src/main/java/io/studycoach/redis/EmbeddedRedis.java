package io.studycoach.redis;

import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real redis-server (shipped inside the embedded-redis jar) bound to 127.0.0.1 with append-only
 * persistence. A server left behind by a killed run is stopped first, so two servers never write
 * the same append-only file.
 */
public final class EmbeddedRedis implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedRedis.class);

	private final RedisServer server;

	private final int port;

	private EmbeddedRedis(RedisServer server, int port) {
		this.server = server;
		this.port = port;
	}

	public static EmbeddedRedis start(Path dataDir, int requestedPort) {
		try {
			Path dir = Files.createDirectories(dataDir).toAbsolutePath();
			Path pidFile = dir.resolve("redis.pid");
			stopLeftover(pidFile);
			int port = requestedPort > 0 ? requestedPort : freePort();
			RedisServer server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(port)
				.setting("dir " + dir)
				.setting("appendonly yes")
				.setting("appendfsync everysec")
				.setting("pidfile " + pidFile)
				.setting("save \"\"")
				.build();
			server.start();
			logger.info("Started the embedded redis-server on 127.0.0.1:{}, keeping data in {}", port, dir);
			return new EmbeddedRedis(server, port);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded redis-server: " + ex.getMessage()
					+ ". Set REDIS_URL to use another Redis.", ex);
		}
	}

	public String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			logger.warn("Could not stop the embedded redis-server: {}", ex.getMessage());
		}
	}

	private static void stopLeftover(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return;
		}
		String pid = Files.readString(pidFile).trim();
		Optional<ProcessHandle> process = pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
		process.filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false)).ifPresent(p -> {
			logger.info("Stopping a redis-server left behind by an earlier run (pid {})", pid);
			p.destroy();
			p.onExit().join();
		});
		Files.deleteIfExists(pidFile);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
