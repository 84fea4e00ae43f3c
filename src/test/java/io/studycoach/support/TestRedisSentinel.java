package io.studycoach.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;
import redis.embedded.Redis;
import redis.embedded.RedisSentinel;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One redis-server master and one Sentinel watching it as {@code coach} (quorum 1), both on
 * 127.0.0.1 and both run with the redis-server inside the embedded-redis jar. Unlike its cluster
 * builders, the jar's sentinel builder does not need Jedis.
 */
public final class TestRedisSentinel implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TestRedisSentinel.class);

	public static final String MASTER_NAME = "coach";

	private static final String HOST = "127.0.0.1";

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

	private static final int START_ATTEMPTS = 5;

	private final Path dir;

	private RedisServer master;

	private int masterPort;

	private RedisSentinel sentinel;

	private int sentinelPort;

	private boolean closed;

	private TestRedisSentinel(Path dir) {
		this.dir = dir;
	}

	/** Starts the master, then the sentinel, and returns once the sentinel reports the master up. */
	public static TestRedisSentinel start() {
		Path dir;
		try {
			dir = Files.createTempDirectory("study-coach-test-sentinel");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TestRedisSentinel setup = new TestRedisSentinel(dir);
		try {
			setup.masterPort = startOnFreePort(port -> RedisServer.newRedisServer()
				.executableProvider(RedisProcesses::binary)
				.bind(HOST)
				.port(port)
				.setting("dir " + dir)
				.setting("save \"\"")
				.setting("appendonly no")
				// Keep reading the output: a full pipe would stall the server.
				.soutListener(logger::debug)
				.serrListener(logger::debug)
				.build(), server -> setup.master = server);
			setup.sentinelPort = startOnFreePort(port -> {
				// Sentinel rewrites its config file as it learns things, so it gets a writable one
				// of its own rather than a fixed copy.
				Path conf = dir.resolve("sentinel-" + port + ".conf");
				Files.write(conf, List.of("bind " + HOST, "port " + port, "dir " + dir,
						"sentinel monitor " + MASTER_NAME + " " + HOST + " " + setup.masterPort + " 1",
						"sentinel down-after-milliseconds " + MASTER_NAME + " 2000",
						"sentinel failover-timeout " + MASTER_NAME + " 10000"));
				return RedisSentinel.newRedisSentinel()
					.executableProvider(RedisProcesses::binary)
					.port(port)
					.configFile(conf.toString())
					.soutListener(logger::debug)
					.serrListener(logger::debug)
					.build();
			}, sentinel -> setup.sentinel = sentinel);
			setup.awaitMasterKnown();
			return setup;
		}
		catch (RuntimeException | Error ex) {
			setup.close();
			throw ex;
		}
	}

	/** {@code redis-sentinel://127.0.0.1:<sentinelPort>#coach} */
	public String url() {
		return "redis-sentinel://" + HOST + ":" + this.sentinelPort + "#" + MASTER_NAME;
	}

	public int sentinelPort() {
		return this.sentinelPort;
	}

	public int masterPort() {
		return this.masterPort;
	}

	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		// The sentinel first, so it does not spend its last moments reporting the master down.
		stop(this.sentinel);
		stop(this.master);
		RedisProcesses.deleteTree(this.dir);
	}

	private void awaitMasterKnown() {
		RedisClient client = RedisClient.create();
		try (StatefulRedisSentinelConnection<String, String> connection = client
			.connectSentinel(RedisURI.create(HOST, this.sentinelPort))) {
			long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
			String lastView = "";
			while (true) {
				SocketAddress address = connection.sync().getMasterAddrByName(MASTER_NAME);
				Map<String, String> master = connection.sync().master(MASTER_NAME);
				// The address alone comes straight from the config file; the flags show that the
				// sentinel has actually reached the master.
				if (address instanceof InetSocketAddress inet && inet.getHostString().equals(HOST)
						&& inet.getPort() == this.masterPort && "master".equals(master.get("flags"))) {
					return;
				}
				lastView = address + " " + master;
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(
							"The sentinel did not report the master within " + READY_TIMEOUT + ": " + lastView);
				}
				RedisProcesses.pause(Duration.ofMillis(50), "the sentinel");
			}
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	/** Builds and starts a process on a free port, trying another port if that one gets taken. */
	private static <T extends Redis> int startOnFreePort(PortBinding<T> build, Consumer<T> started) {
		IOException last = null;
		for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
			int port = freePort();
			try {
				T redis = build.build(port);
				redis.start();
				started.accept(redis);
				return port;
			}
			catch (IOException ex) {
				last = ex;
			}
		}
		throw new IllegalStateException("Could not start a redis-server", last);
	}

	@FunctionalInterface
	private interface PortBinding<T> {

		T build(int port) throws IOException;

	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stop(Redis redis) {
		if (redis == null) {
			return;
		}
		try {
			redis.stop();
		}
		catch (IOException ex) {
			logger.warn("Could not stop a redis-server: {}", ex.getMessage());
		}
	}

}
