package io.studycoach.fault;

import io.studycoach.support.TestRedis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's mistake itself, as its own process: the Slack secrets not mounted while REDIS_URL still
 * points at the shared Redis. The coach exits at once with one sentence and leaves the Redis as it was,
 * where it used to start the sandbox on that Redis and spend its due sends.
 */
class MisconfiguredStartTests {

	@Test
	void withoutSlackSettingsButWithRedisUrlTheCoachExitsAndTouchesNoData() throws Exception {
		String team = "T0MISCONF" + System.nanoTime() % 100_000;
		String due = "sc:{" + team + "}:due";
		TestRedis.connection().sync().zadd(due, 1.0, "dm:U0DUE");
		TestRedis.connection().sync().sadd("sc:teams", team);

		Process coach = CoachProcesses.launchWithEnvironment("misconfigured-start",
				Map.of("REDIS_URL", TestRedis.url(), "PORT", Integer.toString(CoachProcesses.freePort())));
		try {
			assertThat(coach.waitFor(90, TimeUnit.SECONDS)).as("exits by itself").isTrue();
			assertThat(coach.exitValue()).isNotZero();
		}
		finally {
			coach.destroyForcibly();
		}

		String log = Files.readString(Path.of("target", "misconfigured-start.log"));
		assertThat(log).contains("Slack settings are missing (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for one "
				+ "workspace, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET for installs) but "
				+ "REDIS_URL is set")
			.contains("set COACH_SANDBOX=true to run the local sandbox on purpose")
			.doesNotContain("running the local Slack sandbox")
			.doesNotContain("\tat io.studycoach");
		assertThat(TestRedis.connection().sync().zscore(due, "dm:U0DUE")).isEqualTo(1.0);
		assertThat(TestRedis.connection().sync().keys("sc:{" + team + "}:*")).containsExactly(due);
		TestRedis.connection().sync().del(due);
		TestRedis.connection().sync().srem("sc:teams", team);
	}

}
