package io.studycoach.bench;

import io.studycoach.support.MutableClock;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the benchmarks move to simulate weeks and months. Not a {@code @Configuration}: the
 * application's component scan must not find it; the benchmarks pass it to the app they start.
 */
class SharedClock {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));

	/** The coach in this JVM, on the shared clock, against the test Redis and the given Slack stand-in. */
	static org.springframework.context.ConfigurableApplicationContext startCoach(String slackApiUrl) {
		return new org.springframework.boot.builder.SpringApplicationBuilder(
				io.studycoach.StudyCoachApplication.class, SharedClock.class)
			.run("--server.port=0", "--slack.bot-token=xoxb-1111-2222-testtoken",
					"--slack.signing-secret=" + io.studycoach.support.SlackRequests.SIGNING_SECRET,
					"--slack.api-url=" + slackApiUrl, "--coach.redis.url=" + io.studycoach.support.TestRedis.url(),
					"--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + java.util.UUID.randomUUID(), "--logging.level.root=WARN");
	}

	@Bean
	@Primary
	MutableClock benchmarkClock() {
		return CLOCK;
	}

}
