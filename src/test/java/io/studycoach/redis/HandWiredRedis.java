package io.studycoach.redis;

import io.studycoach.support.TestRedis;

import java.time.Duration;

/**
 * A {@link Redis} on the tests' real redis-server ({@link TestRedis}), opened as the app opens it but
 * without Spring, for component tests that wire production classes by hand. Close it after use.
 */
public final class HandWiredRedis implements AutoCloseable {

	private final RedisConnector connector;

	private final Redis redis;

	private HandWiredRedis(RedisConnector connector) {
		this.connector = connector;
		this.redis = connector.connect();
	}

	public static HandWiredRedis open() {
		return new HandWiredRedis(RedisConnector.create(RedisUrl.parse(TestRedis.url()), Duration.ofSeconds(5)));
	}

	/** The same on another address (e.g. a relay in front of the test Redis). */
	public static HandWiredRedis open(String url) {
		return new HandWiredRedis(RedisConnector.create(RedisUrl.parse(url), Duration.ofSeconds(5)));
	}

	public Redis redis() {
		return this.redis;
	}

	@Override
	public void close() {
		this.redis.close();
		this.connector.shutdown();
	}

}
