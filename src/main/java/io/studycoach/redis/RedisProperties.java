package io.studycoach.redis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where progress is kept. With no {@code url} the coach starts its own redis-server, persisting
 * to {@code dataDir} with an append-only file, so a plain run keeps progress across restarts.
 *
 * @param url a redis:// or rediss:// URL ({@code REDIS_URL}); empty for the embedded server
 * @param dataDir where the embedded server keeps its append-only file
 * @param embeddedPort the embedded server's port on 127.0.0.1; 0 picks a free one
 * @param commandTimeout how long a command may take before the user is asked to try again
 */
@ConfigurationProperties("coach.redis")
public record RedisProperties(String url, @DefaultValue("data") String dataDir, @DefaultValue("0") int embeddedPort,
		@DefaultValue("2s") Duration commandTimeout) {

	public boolean embedded() {
		return this.url == null || this.url.isBlank();
	}

}
