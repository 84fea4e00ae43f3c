package io.studycoach.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.context.annotation.Configuration;

/** Connects to Redis through Lettuce: the server named by {@code REDIS_URL}, or an embedded one. */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

	@Bean(destroyMethod = "close")
	RedisEndpoint redisEndpoint(RedisProperties properties) {
		return RedisEndpoint.of(properties);
	}

	@Bean(destroyMethod = "shutdown")
	RedisClient redisClient(RedisProperties properties, RedisEndpoint endpoint) {
		RedisURI uri = RedisURI.create(endpoint.url());
		uri.setTimeout(properties.commandTimeout());
		RedisClient client = RedisClient.create(uri);
		// Fail fast while disconnected, so a click during an outage gets "try again" at once
		// instead of queueing until a reconnect.
		client.setOptions(ClientOptions.builder()
			.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(TimeoutOptions.enabled(properties.commandTimeout()))
			.build());
		return client;
	}

	@Bean(destroyMethod = "close")
	StatefulRedisConnection<String, String> redisConnection(RedisClient redisClient) {
		return redisClient.connect();
	}

	/** Spring Data's connection factory, for ShedLock's lock provider only. */
	@Bean
	LettuceConnectionFactory redisConnectionFactory(RedisEndpoint endpoint) {
		return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(endpoint.url()));
	}

	/** For values that are bytes rather than text, such as the active-days bitmaps. */
	@Bean(destroyMethod = "close")
	StatefulRedisConnection<String, byte[]> binaryRedisConnection(RedisClient redisClient) {
		return redisClient.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
	}

}
