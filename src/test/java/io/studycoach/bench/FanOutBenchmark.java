package io.studycoach.bench;

import io.studycoach.StudyCoachApplication;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.delivery.DueIndex;
import io.studycoach.delivery.DueTarget;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.delivery.Subscription;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.fault.RecordingSlack;
import io.studycoach.progress.ProfileCache;
import io.studycoach.progress.UserProfile;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.TestRedis;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B2: the daily fan-out to DM subscribers all due in the same minute, against a real redis-server and
 * a local Slack stand-in: with no rate limit, and with Slack's limit simulated by 429 + Retry-After.
 */
class FanOutBenchmark {

	@Test
	void tenThousandSubscribersWithoutALimit() throws Exception {
		try (RecordingSlack slack = new RecordingSlack(0)) {
			Result result = fanOut(slack, 10_000, "T0FAN" + System.nanoTime() % 100_000, 0);
			Figures.record("B2", "DMs handed to Slack per second, 10,000 due at once, no limit",
					String.format("%.0f", result.perSecond()), ">= 500/s");
		}
	}

	@Test
	void threeThousandSubscribersUnderA200PerSecondLimit() throws Exception {
		try (RecordingSlack slack = new RecordingSlack(0, 200)) {
			Result result = fanOut(slack, 3_000, "T0LIM" + System.nanoTime() % 100_000, 0);
			Figures.record("B2", "DMs per second under a simulated 200/s limit, no pacing, 429 + Retry-After: 1 only",
					String.format("%.0f (%d 429s answered)", result.perSecond(), slack.rateLimited()),
					"within 10% of 200/s, none lost or doubled");
		}
	}

	@Test
	void threeThousandSubscribersUnderA200PerSecondLimitPacedToIt() throws Exception {
		try (RecordingSlack slack = new RecordingSlack(0, 200)) {
			Result result = fanOut(slack, 3_000, "T0PACE" + System.nanoTime() % 100_000, 11_400);
			Figures.record("B2", "DMs per second under a simulated 200/s limit, workspace pace 190/s",
					String.format("%.0f (%d 429s answered)", result.perSecond(), slack.rateLimited()),
					"within 10% of 200/s, none lost or doubled");
		}
	}

	private static Result fanOut(RecordingSlack slack, int subscribers, String team, int postsPerMinute)
			throws Exception {
		slack.tokenOf(team);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StudyCoachApplication.class).run(
				"--server.port=0", "--slack.bot-token=xoxb-1111-2222-testtoken",
				"--slack.signing-secret=" + SlackRequests.SIGNING_SECRET, "--slack.api-url=" + slack.apiUrl(),
				"--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-", "--coach.delivery.workers=32",
				"--coach.delivery.stream=sc:fanout:" + team,
				"--coach.slack.retry.posts-per-minute=" + postsPerMinute, "--coach.slack.retry.channel-spacing=0s",
				"--coach.slack.retry.attempts=20", "--logging.level.root=WARN")) {
			SubscriptionStore subscriptions = app.getBean(SubscriptionStore.class);
			DueIndex due = app.getBean(DueIndex.class);
			ProfileCache profiles = app.getBean(ProfileCache.class);
			TestRedis.connection().sync().del("sc:teams");
			Instant now = Instant.now();
			for (int i = 0; i < subscribers; i++) {
				String user = "U" + String.format("%07d", i);
				subscriptions.save(team, new Subscription(user, new SendSchedule(LocalTime.MIDNIGHT, StudyDays.DAILY)));
				profiles.put(team, user, new UserProfile(ZoneOffset.UTC, false, false));
				due.schedule(team, DueTarget.directQuestion(user), now.minusSeconds(1));
			}
			long start = System.nanoTime();
			app.getBean(DeliveryTick.class).run();
			double seconds = (System.nanoTime() - start) / 1e9;
			Map<String, Integer> counts = slack.dmCounts();
			assertThat(counts.size()).as("subscribers who got a DM").isEqualTo(subscribers);
			assertThat(counts.values().stream().filter(c -> c != 1).count()).as("subscribers with other than one DM").isZero();
			return new Result(subscribers / seconds);
		}
	}

	record Result(double perSecond) {
	}

}
