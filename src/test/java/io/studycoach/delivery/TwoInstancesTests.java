package io.studycoach.delivery;

import io.studycoach.StudyCoachApplication;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
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
import static io.studycoach.delivery.DeliveryTestSupport.awaitResponse;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

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
	void twoInstancesTickingAtOnceSendOnePostPerChannelAndOneDmPerSubscriber() throws InterruptedException {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();
		SlackRequests slack = requests(first);
		List<String> subscribers = subscribe(slack, 30);
		List<String> channels = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String channel = "C0INST" + i;
			slack.command(this.team, "U0LEAD", channel, "setup 09:00 UTC", SlackStub.responseUrl(this.team + channel));
			awaitResponse(this.team + channel);
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
		await().atMost(Duration.ofSeconds(20)).until(() -> postsByChannel().keySet().containsAll(everyone));
		Thread.sleep(500);

		Map<String, Long> sent = postsByChannel();
		subscribers.forEach(user -> assertThat(sent.get(user)).as(user).isEqualTo(1L));
		channels.forEach(channel -> assertThat(sent.get(channel)).as(channel).isEqualTo(1L));
	}

	@Test
	void anInstanceStoppedMidFanOutLeavesTheRestToTheNextAndNobodyGetsTwo() throws Exception {
		ConfigurableApplicationContext first = start();
		List<String> subscribers = subscribe(requests(first), 40);
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withFixedDelay(150)
				.withBody("{\"ok\":true,\"channel\":\"D0\",\"ts\":\"1772500000.000200\"}")));

		CLOCK.set(Instant.parse("2026-03-03T09:00:00Z"));
		CompletableFuture<Integer> fanOut = CompletableFuture.supplyAsync(() -> first.getBean(DeliveryTick.class).run());
		Thread.sleep(250);
		first.close();
		fanOut.join();
		long beforeRestart = SlackStub.calls("chat.postMessage").size();
		assertThat(beforeRestart).isBetween(1L, 39L);

		// The stopped instance's unfinished work items are claimed by the new one (the simulated clock
		// stands still, so nothing comes due again: only the claim can finish the fan-out).
		start();
		await().atMost(Duration.ofSeconds(30)).until(() -> postsByChannel().keySet().containsAll(subscribers));

		Map<String, Long> sent = postsByChannel();
		subscribers.forEach(user -> assertThat(sent.get(user)).as(user).isEqualTo(1L));
	}

	private List<String> subscribe(SlackRequests slack, int count) {
		List<String> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String user = "U0SUB" + i;
			SlackStub.userZone(user, "UTC");
			slack.command(this.team, user, "D0" + user, "subscribe 09:00", SlackStub.responseUrl(this.team + user));
			awaitResponse(this.team + user);
			users.add(user);
		}
		return users;
	}

	private static Map<String, Long> postsByChannel() {
		return SlackStub.calls("chat.postMessage")
			.stream()
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
