package io.studycoach.redis;

import io.studycoach.config.InvalidSettingException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Connects to Redis through Lettuce: the server, Sentinel group or Cluster named by
 * {@code REDIS_URL}, or an embedded server.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

	@Bean(destroyMethod = "close")
	RedisEndpoint redisEndpoint(RedisProperties properties) {
		return RedisEndpoint.of(properties);
	}

	@Bean(destroyMethod = "shutdown")
	RedisConnector redisConnector(RedisProperties properties, RedisEndpoint endpoint) {
		return RedisConnector.create(url(endpoint), properties.commandTimeout());
	}

	private static RedisUrl url(RedisEndpoint endpoint) {
		try {
			return RedisUrl.parse(endpoint.url());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSettingException("REDIS_URL", ex.getMessage(),
					"Write redis://host:port, rediss:// for TLS, redis-sentinel://host:port#master for Sentinel, or "
							+ "redis-cluster://host:port[,host:port] for a Cluster; leave it unset for the embedded server.");
		}
	}

	@Bean(destroyMethod = "close")
	Redis redis(RedisConnector connector) {
		return connector.connect();
	}

	/** Spring Data's connection factory, for ShedLock's lock provider only. */
	@Bean
	LettuceConnectionFactory redisConnectionFactory(RedisEndpoint endpoint, RedisConnector connector) {
		RedisUrl url = url(endpoint);
		if (!connector.cluster()) {
			return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(endpoint.url()),
					LettuceClientConfiguration.builder().clientResources(connector.resources()).build());
		}
		RedisClusterConfiguration cluster = new RedisClusterConfiguration(url.hostsAndPorts());
		char[] password = url.nodes().get(0).getPassword();
		if (password != null) {
			cluster.setPassword(password);
		}
		String user = url.nodes().get(0).getUsername();
		if (user != null) {
			cluster.setUsername(user);
		}
		// TLS is all-or-nothing for a cluster: rediss-cluster:// turns it on for every node.
		LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
			.clientResources(connector.resources());
		if (url.nodes().get(0).isSsl()) {
			client.useSsl();
		}
		return new LettuceConnectionFactory(cluster, client.build());
	}

}
