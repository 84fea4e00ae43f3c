package io.studycoach.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.studycoach.StudyCoachApplication;
import io.studycoach.redis.EmbeddedRedis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * The coach on a redis-server of its own that a test can stop and start again on the same port and
 * data (an outage), with a short command timeout so a lost Redis shows at once (1 s: with less, the
 * first connection can time out on a busy 2-core machine).
 */
public final class StoppableRedisCoach implements AutoCloseable {

	private final Path dataDir;

	private final int port;

	private EmbeddedRedis redis;

	private final ConfigurableApplicationContext app;

	public final SlackRequests slack;

	private StoppableRedisCoach(Path dataDir) throws IOException {
		this.dataDir = dataDir;
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.redis = EmbeddedRedis.start(dataDir, this.port);
		this.app = new SpringApplicationBuilder(StudyCoachApplication.class).run("--server.port=0",
				"--slack.bot-token=xoxb-1111-2222-testtoken", "--slack.signing-secret=" + SlackRequests.SIGNING_SECRET,
				"--slack.api-url=" + SlackStub.apiUrl(), "--coach.redis.url=" + this.redis.url(),
				"--coach.redis.command-timeout=1s", "--coach.delivery.cron=-",
				"--coach.delivery.stream=sc:fanout:" + UUID.randomUUID());
		this.slack = new SlackRequests(((WebServerApplicationContext) this.app).getWebServer().getPort());
	}

	/** Starts Redis in {@code dataDir}, then the coach on it; Slack is {@link SlackStub}, reset first. */
	public static StoppableRedisCoach start(Path dataDir) throws IOException {
		SlackStub.reset();
		return new StoppableRedisCoach(dataDir);
	}

	public <T> T bean(Class<T> type) {
		return this.app.getBean(type);
	}

	/** The outage begins: redis-server stops. */
	public void stopRedis() {
		this.redis.close();
	}

	/** The outage ends: redis-server starts again on the same port and data; waits until {@code up} says the coach sees it. */
	public void startRedis(java.util.function.BooleanSupplier up) {
		this.redis = EmbeddedRedis.start(this.dataDir, this.port);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(up::getAsBoolean);
	}

	/** Reads Redis directly, on a connection of the test's own. */
	public <T> T look(Function<StatefulRedisConnection<String, String>, T> read) {
		try (StatefulRedisConnection<String, String> look = RedisClient.create(this.redis.url()).connect()) {
			return read.apply(look);
		}
	}

	@Override
	public void close() {
		this.app.close();
		this.redis.close();
	}

}
