package io.studycoach.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the Lettuce client for what {@code REDIS_URL} names and opens {@link Redis} connections on
 * it. A plain {@code redis://} URL that turns out to point at a cluster node is treated as a cluster
 * seed, so a managed cluster's configuration endpoint works as it is. Its clients share one set of
 * client resources without Lettuce's per-command latency histograms: nothing reads them, and in B1's
 * flight recording they were CPU on every command and memory that only a full collection frees.
 */
final class RedisConnector {

	private static final Logger logger = LoggerFactory.getLogger(RedisConnector.class);

	private final AbstractRedisClient client;

	private final ClientResources resources;

	private final boolean cluster;

	private RedisConnector(AbstractRedisClient client, ClientResources resources, boolean cluster) {
		this.client = client;
		this.resources = resources;
		this.cluster = cluster;
	}

	static RedisConnector create(RedisUrl url, Duration commandTimeout) {
		url.nodes().forEach(node -> node.setTimeout(commandTimeout));
		// Fail fast while disconnected, so a click during an outage gets "try again" at once
		// instead of queueing until a reconnect.
		TimeoutOptions timeouts = TimeoutOptions.enabled(commandTimeout);
		ClientResources resources = DefaultClientResources.builder()
			.commandLatencyRecorder(CommandLatencyRecorder.disabled())
			.build();
		if (url.cluster() || isClusterNode(url.nodes().get(0), resources)) {
			RedisClusterClient client = RedisClusterClient.create(resources, url.nodes());
			client.setOptions(ClusterClientOptions.builder()
				.autoReconnect(true)
				.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.timeoutOptions(timeouts)
				// Learn of failovers and resharding both on a timer and as soon as a MOVED or a
				// refused connection hints at them.
				.topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
					.enablePeriodicRefresh(Duration.ofSeconds(30))
					.enableAllAdaptiveRefreshTriggers()
					.build())
				.build());
			logger.info("Redis Cluster: {} seed node(s)", url.nodes().size());
			return new RedisConnector(client, resources, true);
		}
		RedisClient client = RedisClient.create(resources, url.nodes().get(0));
		client.setOptions(ClientOptions.builder()
			.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(timeouts)
			.build());
		return new RedisConnector(client, resources, false);
	}

	private static boolean isClusterNode(RedisURI uri, ClientResources resources) {
		if (!uri.getSentinels().isEmpty()) {
			return false;
		}
		RedisClient probe = RedisClient.create(resources, uri);
		try (StatefulRedisConnection<String, String> connection = probe.connect()) {
			return connection.sync().info("cluster").contains("cluster_enabled:1");
		}
		catch (RedisCommandExecutionException ex) {
			// Some managed servers refuse INFO; such a server is taken at its word as a single one.
			return false;
		}
		finally {
			probe.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	boolean cluster() {
		return this.cluster;
	}

	/** For ShedLock's connection factory too, so the coach runs one set of Lettuce threads. */
	ClientResources resources() {
		return this.resources;
	}

	@SuppressWarnings("unchecked")
	Redis connect() {
		RedisCodec<String, byte[]> bytes = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
		if (this.cluster) {
			RedisClusterClient clusterClient = (RedisClusterClient) this.client;
			return new Redis(clusterClient.connect(), clusterClient.connect(bytes),
					c -> ((StatefulRedisClusterConnection<String, String>) c).sync(),
					c -> ((StatefulRedisClusterConnection<String, String>) c).async(),
					c -> ((StatefulRedisClusterConnection<String, byte[]>) c).async(), this::connect, true);
		}
		RedisClient plain = (RedisClient) this.client;
		return new Redis(plain.connect(), plain.connect(bytes), c -> ((StatefulRedisConnection<String, String>) c).sync(),
				c -> ((StatefulRedisConnection<String, String>) c).async(),
				c -> ((StatefulRedisConnection<String, byte[]>) c).async(), this::connect, false);
	}

	void shutdown() {
		this.client.shutdown();
		this.resources.shutdown();
	}

}
