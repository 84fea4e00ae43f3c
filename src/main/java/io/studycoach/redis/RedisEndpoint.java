package io.studycoach.redis;

import java.nio.file.Path;

/** The Redis the coach talks to: an external server, or the embedded one it started and will stop. */
final class RedisEndpoint implements AutoCloseable {

	private final String url;

	private final EmbeddedRedis embedded;

	private RedisEndpoint(String url, EmbeddedRedis embedded) {
		this.url = url;
		this.embedded = embedded;
	}

	static RedisEndpoint of(RedisProperties properties) {
		if (!properties.embedded()) {
			return new RedisEndpoint(properties.url(), null);
		}
		EmbeddedRedis embedded = EmbeddedRedis.start(Path.of(properties.dataDir()), properties.embeddedPort());
		return new RedisEndpoint(embedded.url(), embedded);
	}

	String url() {
		return this.url;
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
