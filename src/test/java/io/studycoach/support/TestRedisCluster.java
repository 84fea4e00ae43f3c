package io.studycoach.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Redis Cluster of three masters (no replicas) on 127.0.0.1, run with the redis-server
 * (6.2) inside the embedded-redis jar. The jar's own cluster builders join the nodes with Jedis,
 * which the project leaves out, so the nodes are joined here with Lettuce.
 */
public final class TestRedisCluster implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TestRedisCluster.class);

	private static final String HOST = "127.0.0.1";

	private static final int NODES = 3;

	private static final int SLOTS = 16384;

	// Redis 6.2 has no cluster-port setting: the cluster bus is always the client port + 10000.
	private static final int BUS_PORT_OFFSET = 10000;

	private static final Duration FORMING_TIMEOUT = Duration.ofSeconds(20);

	private static final int START_ATTEMPTS = 5;

	private final Path dir;

	private final List<RedisServer> servers = new ArrayList<>();

	private final List<Integer> ports = new ArrayList<>();

	private boolean closed;

	private TestRedisCluster(Path dir) {
		this.dir = dir;
	}

	/** Starts three nodes and returns once every node sees the whole cluster as healthy. */
	public static TestRedisCluster start() {
		Path dir;
		try {
			dir = Files.createTempDirectory("study-coach-test-cluster");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TestRedisCluster cluster = new TestRedisCluster(dir);
		try {
			for (int i = 0; i < NODES; i++) {
				cluster.startNode();
			}
			form(cluster.ports);
			return cluster;
		}
		catch (RuntimeException | Error ex) {
			cluster.close();
			throw ex;
		}
	}

	/** {@code redis-cluster://127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3} */
	public String url() {
		return this.ports.stream().map(port -> HOST + ":" + port).collect(Collectors.joining(",", "redis-cluster://", ""));
	}

	public List<Integer> ports() {
		return List.copyOf(this.ports);
	}

	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		for (RedisServer server : this.servers) {
			try {
				server.stop();
			}
			catch (IOException ex) {
				logger.warn("Could not stop a cluster node: {}", ex.getMessage());
			}
		}
		RedisProcesses.deleteTree(this.dir);
	}

	private void startNode() {
		IOException last = null;
		// A free port can be taken between the check and redis binding it, so a clash gets another port.
		for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
			int port = freeNodePort();
			try {
				RedisServer server = RedisServer.newRedisServer()
					.executableProvider(RedisProcesses::binary)
					.bind(HOST)
					.port(port)
					.setting("cluster-enabled yes")
					.setting("cluster-config-file nodes-" + port + ".conf")
					.setting("cluster-node-timeout 2000")
					// Otherwise the node that sends the MEETs may not learn its own address and
					// would list itself without an IP in CLUSTER NODES.
					.setting("cluster-announce-ip " + HOST)
					.setting("dir " + this.dir)
					.setting("save \"\"")
					.setting("appendonly no")
					// Keep reading the output: a full pipe would stall the server.
					.soutListener(logger::debug)
					.serrListener(logger::debug)
					.build();
				server.start();
				this.servers.add(server);
				this.ports.add(port);
				return;
			}
			catch (IOException ex) {
				last = ex;
			}
		}
		throw new IllegalStateException("Could not start a Redis Cluster node", last);
	}

	private static void form(List<Integer> ports) {
		RedisClient client = RedisClient.create();
		List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();
		try {
			for (int port : ports) {
				connections.add(client.connect(RedisURI.create(HOST, port)));
			}
			for (int i = 0; i < NODES; i++) {
				RedisCommands<String, String> node = connections.get(i).sync();
				// Distinct epochs, set while each node still knows only itself, spare the nodes
				// from settling an epoch clash after they meet.
				node.clusterSetConfigEpoch(i + 1);
				node.clusterAddSlots(IntStream.range(i * SLOTS / NODES, (i + 1) * SLOTS / NODES).toArray());
			}
			// Gossip would introduce the others to each other if only one node sent MEETs, but
			// meeting every pair directly settles the cluster a second or more sooner.
			for (int i = 0; i < NODES; i++) {
				for (int j = i + 1; j < NODES; j++) {
					connections.get(i).sync().clusterMeet(HOST, ports.get(j));
				}
			}
			awaitHealthy(connections);
		}
		finally {
			connections.forEach(StatefulRedisConnection::close);
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	private static void awaitHealthy(List<StatefulRedisConnection<String, String>> connections) {
		long deadline = System.nanoTime() + FORMING_TIMEOUT.toNanos();
		String lastView = "";
		while (true) {
			boolean healthy = true;
			for (StatefulRedisConnection<String, String> connection : connections) {
				String info = connection.sync().clusterInfo();
				String nodes = connection.sync().clusterNodes();
				if (!info.contains("cluster_state:ok") || healthyMasters(nodes) != NODES) {
					healthy = false;
					lastView = info + "\n" + nodes;
					break;
				}
			}
			if (healthy) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"The Redis Cluster did not become healthy within " + FORMING_TIMEOUT + ":\n" + lastView);
			}
			RedisProcesses.pause(Duration.ofMillis(50), "the Redis Cluster");
		}
	}

	/** Masters in a CLUSTER NODES reply that are connected and not failing or still shaking hands. */
	private static long healthyMasters(String clusterNodes) {
		return clusterNodes.lines().map(line -> line.split(" ")).filter(fields -> fields.length >= 8).filter(fields -> {
			List<String> flags = List.of(fields[2].split(","));
			return flags.contains("master") && !flags.contains("fail") && !flags.contains("fail?")
					&& !flags.contains("handshake") && !flags.contains("noaddr") && fields[7].equals("connected");
		}).count();
	}

	/** A port in 20000-29999 whose cluster bus port is free as well, kept below the ephemeral range. */
	private int freeNodePort() {
		for (int i = 0; i < 1000; i++) {
			int port = ThreadLocalRandom.current().nextInt(20000, 30000);
			if (!this.ports.contains(port) && isFree(port) && isFree(port + BUS_PORT_OFFSET)) {
				return port;
			}
		}
		throw new IllegalStateException("Found no free port pair for a Redis Cluster node");
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
