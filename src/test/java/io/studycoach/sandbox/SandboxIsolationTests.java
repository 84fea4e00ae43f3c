package io.studycoach.sandbox;

import io.studycoach.StudyCoachApplication;
import io.studycoach.redis.Redis;
import io.studycoach.support.TestRedis;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox asked for on purpose (COACH_SANDBOX=true) while Slack settings and REDIS_URL are set: it
 * runs on its own embedded Redis in its own folder, never on REDIS_URL's, and listens on 127.0.0.1 only.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxIsolationTests {

	@TempDir
	Path dataDir;

	@Test
	void theSandboxOnPurposeKeepsItsOwnRedisAndListensOnLoopbackOnly(CapturedOutput output) throws Exception {
		String marker = "sc:sandbox-isolation:" + UUID.randomUUID();
		TestRedis.connection().sync().set(marker, "shared data");

		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		// A fixed port: the sandbox's stand-in for Slack is addressed through it.
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StudyCoachApplication.class).run(
				"--server.port=" + port, "--coach.sandbox.requested=true", "--coach.redis.url=" + TestRedis.url(),
				"--slack.bot-token=xoxb-1111-2222-realtoken", "--slack.signing-secret=abcdef0123456789abcdef",
				"--coach.sandbox.data-dir=" + this.dataDir, "--coach.delivery.cron=-",
				"--coach.delivery.stream=sc:fanout:" + UUID.randomUUID())) {
			Redis redis = app.getBean(Redis.class);
			assertThat(redis.sync().get(marker)).as("the shared Redis's data").isNull();
			redis.sync().set("sc:sandbox-only", "1");
			assertThat(TestRedis.connection().sync().get("sc:sandbox-only")).isNull();
			assertThat(Files.exists(this.dataDir.resolve("redis.pid"))).as("its own redis-server, in its folder").isTrue();

			Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) app).getWebServer()).getTomcat()
				.getConnector();
			assertThat(((InetAddress) connector.getProperty("address")).isLoopbackAddress()).isTrue();
			assertThat(output).contains("running the local Slack sandbox")
				.contains("listening on 127.0.0.1; its own Redis keeps its data in " + this.dataDir);
		}
	}

}
