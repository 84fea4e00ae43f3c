package io.studycoach.exam;

import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.StudyCoachApplication;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.delivery.DueTarget;
import io.studycoach.delivery.ServedTeams;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The automatic submission at the deadline with two app instances on one Redis: both tick at once,
 * the exam is submitted once and the learner gets one result DM.
 */
class ExamDeadlineTests {

	private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

	private static final MutableClock CLOCK = new MutableClock(START);

	private static final String USER = "U0DEADLINE";

	private final String team = "T2EXAM" + System.nanoTime() % 100000;

	private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	@BeforeEach
	void setUp() {
		SlackStub.reset();
		CLOCK.set(START);
		redis().del("sc:teams");
	}

	@AfterEach
	void stopApps() {
		this.apps.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoInstancesAtTheDeadlineSubmitOnceAndSendOneResult() {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();
		SlackRequests slack = new SlackRequests(((WebServerApplicationContext) first).getWebServer().getPort());
		slack.command(this.team, USER, "C0STUDY", "exam 10", SlackStub.responseUrl(this.team + "start"));
		await().atMost(Duration.ofSeconds(20)).until(() -> !SlackStub.responses(this.team + "start").isEmpty());
		assertThat(SlackStub.responses(this.team + "start").get(0).toString()).contains("in our DM");
		String examId = redis().get(key("exam"));
		assertThat(redis().zscore(due(), "exd:" + examId + ":" + USER))
			.isEqualTo((double) START.plus(Duration.ofMinutes(24)).getEpochSecond());

		// A minute before the deadline nothing is due; at the deadline both instances tick together.
		CLOCK.set(START.plus(Duration.ofMinutes(23)));
		assertThat(first.getBean(DeliveryTick.class).run()).isZero();
		CLOCK.set(START.plus(Duration.ofMinutes(24)));
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> first.getBean(DeliveryTick.class).run());
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> second.getBean(DeliveryTick.class).run());
		// Besides, each instance's handler runs the target directly, as fan-out workers that overlap would.
		DueTarget target = DueTarget.parse("exd:" + examId + ":" + USER).orElseThrow();
		List<CompletableFuture<Void>> handlers = new ArrayList<>();
		for (ConfigurableApplicationContext app : List.of(first, second, first, second)) {
			handlers.add(CompletableFuture.runAsync(() -> app.getBean(ExamDeadlines.class).deliverDue(this.team, target)));
		}
		handlers.forEach(CompletableFuture::join);
		// Bypassing ShedLock, both may hand the exam out: only the exam's script and the send ledger stand between them.
		assertThat(a.join() + b.join()).isBetween(1, 2);
		// And again through ShedLock, as the scheduler calls it: nothing is left to do.
		CompletableFuture.allOf(CompletableFuture.runAsync(() -> first.getBean(DeliveryTick.class).tick()),
				CompletableFuture.runAsync(() -> second.getBean(DeliveryTick.class).tick())).join();

		await().atMost(Duration.ofSeconds(20)).until(() -> !results().isEmpty());
		assertThat(results()).hasSize(1);
		assertThat(results().get(0)).isEqualTo("Practice exam result: 0 of 10 right (0%)");
		assertThat(redis().hget(key("exam:" + examId), "status")).isEqualTo("SUBMITTED");
		assertThat(redis().hget(key("exam:" + examId), "how")).isEqualTo("deadline");
		assertThat(redis().zcard(key("exams"))).isEqualTo(1);
		assertThat(redis().zscore(due(), "exd:" + examId + ":" + USER)).isNull();

		// Later ticks, on either instance, send nothing more.
		CLOCK.set(START.plus(Duration.ofMinutes(40)));
		first.getBean(DeliveryTick.class).run();
		second.getBean(DeliveryTick.class).run();
		assertThat(results()).hasSize(1);
	}

	private static List<String> results() {
		return SlackStub.calls("chat.postMessage")
			.stream()
			.filter(call -> USER.equals(call.get("channel")))
			.map(call -> call.get("text"))
			.filter(text -> text.startsWith("Practice exam result"))
			.toList();
	}

	private String key(String suffix) {
		return "sc:{" + this.team + "}:u:" + USER + ":" + suffix;
	}

	private String due() {
		return "sc:{" + this.team + "}:due";
	}

	private static RedisCommands<String, String> redis() {
		return TestRedis.connection().sync();
	}

	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(StudyCoachApplication.class, SharedClock.class)
			.run("--server.port=0", "--slack.bot-token=xoxb-1111-2222-testtoken",
					"--slack.signing-secret=" + SlackRequests.SIGNING_SECRET, "--slack.api-url=" + SlackStub.apiUrl(),
					"--coach.redis.url=" + TestRedis.url(), "--coach.delivery.cron=-",
					"--coach.slack.retry.backoff=20ms", "--coach.delivery.workers=4",
					"--coach.delivery.stream=sc:fanout:" + this.team, "--coach.delivery.claim-after=1s");
		// The coach serves only its token's workspace, learned from auth.test at start; here, the test's.
		app.getBean(ServedTeams.class).serveOnly(this.team);
		this.apps.add(app);
		return app;
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
