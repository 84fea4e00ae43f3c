package io.studycoach.delivery;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.studycoach.StudyCoachApplication;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on one Redis, and an instance stopped in the middle of a fan-out: every channel
 * gets one post and every subscriber one DM a day, whatever the instances do.
 */
class TwoInstancesTests {

	private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));

	private final String team = "T2INST" + System.nanoTime() % 100000;

	/** Both instances of a test share a fan-out stream, as instances sharing one Redis do. */
	private final String stream = "sc:fanout:" + this.team;

	private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	@BeforeEach
	void setUp() {
		SlackStub.reset();
		SlackStub.tokenOf(this.team);
		CLOCK.set(Instant.parse("2026-03-02T12:00:00Z"));
		TestRedis.connection().sync().del("sc:teams");
	}

	@AfterEach
	void stopApps() {
		this.apps.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoInstancesTickingAtOnceSendOnePostPerChannelAndOneDmPerSubscriber() {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();
		SlackRequests slack = requests(first);
		List<String> subscribers = subscribe(slack, 30);
		List<String> channels = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String channel = "C0INST" + i;
			slack.commandReply(this.team, "U0LEAD", channel, "setup 09:00 UTC", this.team + channel);
			channels.add(channel);
		}

		CLOCK.set(Instant.parse("2026-03-03T09:00:00Z"));
		// Bypassing ShedLock (run() rather than tick()), so only the send ledger stands between them.
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> first.getBean(DeliveryTick.class).run());
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> second.getBean(DeliveryTick.class).run());
		a.join();
		b.join();
		// And through ShedLock, as the scheduler calls it.
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> first.getBean(DeliveryTick.class).tick()),
				CompletableFuture.runAsync(() -> second.getBean(DeliveryTick.class).tick())).join();
		// The scheduled tick does not wait for the fan-out it starts; a send the other instance held
		// at the time is offered again by it.
		List<String> everyone = new ArrayList<>(subscribers);
		everyone.addAll(channels);
		await().atMost(Duration.ofSeconds(20)).until(() -> allSent(everyone, "2026-03-03"));

		Map<String, Long> sent = postsByChannel();
		subscribers.forEach(user -> assertThat(sent.get(user)).as(user).isEqualTo(1L));
		channels.forEach(channel -> assertThat(sent.get(channel)).as(channel).isEqualTo(1L));
	}

	@Test
	void anInstanceStoppedMidFanOutLeavesTheRestToTheNextAndNobodyGetsTwo() throws Exception {
		ConfigurableApplicationContext first = start();
		List<String> subscribers = subscribe(requests(first), 40);
		// Slack takes a second a post while the first instance runs: four workers would need ten seconds
		// for the forty, and the instance is stopped as soon as the first post arrives.
		StubMapping slow = SlackStub.server().stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withFixedDelay(1000)
				.withBody("{\"ok\":true,\"channel\":\"D0\",\"ts\":\"1772500000.000200\"}")));

		CLOCK.set(Instant.parse("2026-03-03T09:00:00Z"));
		CompletableFuture<Integer> fanOut = CompletableFuture.supplyAsync(() -> first.getBean(DeliveryTick.class).run());
		await().atMost(Duration.ofSeconds(20)).until(() -> !SlackStub.calls("chat.postMessage").isEmpty());
		first.close();
		fanOut.join();
		SlackStub.server().removeStub(slow);
		long beforeRestart = SlackStub.calls("chat.postMessage").size();
		assertThat(beforeRestart).isBetween(1L, 39L);

		// The stopped instance's unfinished work items are claimed by the new one (the simulated clock
		// stands still, so nothing comes due again: only the claim can finish the fan-out).
		start();
		await().atMost(Duration.ofSeconds(30)).until(() -> allSent(subscribers, "2026-03-03"));

		Map<String, Long> sent = postsByChannel();
		subscribers.forEach(user -> assertThat(sent.get(user)).as(user).isEqualTo(1L));
	}

	private List<String> subscribe(SlackRequests slack, int count) {
		List<String> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String user = "U0SUB" + i;
			SlackStub.userZone(user, "UTC");
			slack.commandReply(this.team, user, "D0" + user, "subscribe 09:00", this.team + user);
			users.add(user);
		}
		return users;
	}

	/** Whether the send ledger has recorded every target's send of {@code day}: no one sends them again. */
	private boolean allSent(List<String> targets, String day) {
		RedisKeys keys = RedisKeys.team(this.team);
		return targets.stream()
			.map(t -> keys.sent((t.startsWith("C") ? DueTarget.channelQuestion(t) : DueTarget.directQuestion(t)).key(),
					LocalDate.parse(day)))
			.allMatch(key -> "sent".equals(TestRedis.connection().sync().get(key)));
	}

	/** Question posts (answer buttons) by channel: a setup's one-line announcement is not a send. */
	private static Map<String, Long> postsByChannel() {
		return SlackStub.calls("chat.postMessage")
			.stream()
			.filter(call -> call.getOrDefault("blocks", "").contains("\"answer_"))
			.collect(Collectors.groupingBy(call -> call.get("channel"), Collectors.counting()));
	}

	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(StudyCoachApplication.class,
				SharedClock.class)
			.run("--server.port=0", "--slack.bot-token=xoxb-1111-2222-testtoken",
					"--slack.signing-secret=" + SlackRequests.SIGNING_SECRET, "--slack.api-url=" + SlackStub.apiUrl(),
					"--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-",
					"--coach.slack.retry.backoff=20ms", "--coach.delivery.workers=4",
					"--coach.delivery.stream=" + this.stream, "--coach.delivery.claim-after=1s");
		this.apps.add(app);
		return app;
	}

	private static SlackRequests requests(ConfigurableApplicationContext app) {
		return new SlackRequests(((WebServerApplicationContext) app).getWebServer().getPort());
	}

	@Configuration(proxyBeanMethods = false)
	static class SharedClock {

		@Bean
		@Primary
		MutableClock sharedClock() {
			return CLOCK;
		}

	}

}
