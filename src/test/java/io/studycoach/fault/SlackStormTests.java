package io.studycoach.fault;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Slack answers every method the coach calls with 503, then 429 (Retry-After), then success, over and
 * over: every call is retried until it goes through, nothing is dropped or sent twice, and the
 * threads stay bounded.
 */
class SlackStormTests extends CoachIntegrationTest {

	private static final List<String> METHODS = List.of("chat.postMessage", "chat.update", "users.info",
			"conversations.info", "views.publish", "files.getUploadURLExternal", "files.completeUploadExternal");

	@Test
	void everyCallGoesThroughAStormOf5xxAnd429WithoutLossOrDuplicates() {
		int threadsBefore = Thread.activeCount();
		storm();
		this.slack.command(this.team, "U0LEAD", "C0STUDY", "setup 09:00 UTC daily", SlackStub.responseUrl("setup"));
		await().atMost(Duration.ofSeconds(30)).until(() -> !SlackStub.responses("setup").isEmpty());
		assertThat(SlackStub.responses("setup").get(0).toString()).contains("I'll post a question here");
		List<String> subscribers = List.of("U0S1", "U0S2", "U0S3", "U0S4", "U0S5", "U0S6");
		// Each member subscribes, and tries again when told to, as a person would: the subscription asks
		// Slack for the member's time zone, and in a storm shared by concurrent calls that can fail all of
		// its tries (then nothing is stored and the member would never be due).
		for (String user : subscribers) {
			for (int attempt = 0; attempt < 5 && !subscribed(user, attempt); attempt++) {
				this.slack.command(this.team, user, "D0" + user, "subscribe 09:00",
						SlackStub.responseUrl("sub" + user + "-" + attempt));
				String name = "sub" + user + "-" + attempt;
				await().atMost(Duration.ofSeconds(30)).until(() -> !SlackStub.responses(name).isEmpty());
			}
		}
		subscribers.forEach(user -> assertThat(IntStream.range(0, 5).anyMatch(attempt -> subscribed(user, attempt)))
			.as(user + " subscribed").isTrue());

		// A send that still fails after its retries stays due, and the next minute's tick tries again,
		// until the ledger has every send recorded (concurrent calls share the storm, so how many
		// minutes that takes varies); then nothing can be sent twice.
		// Real time passes between ticks (a second each), so sends that back off between their tries
		// finish on a busy machine too.
		java.util.concurrent.atomic.AtomicInteger minute = new java.util.concurrent.atomic.AtomicInteger();
		try {
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
				this.clock.set(Instant.parse("2026-03-03T09:00:00Z").plus(Duration.ofMinutes(Math.min(minute.getAndIncrement(), 30))));
				this.tick.run();
				return allSent(subscribers);
			});
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			// Where every thread stood when the sends stopped, to tell a stall from a slow storm.
			System.out.println("STORMTICKS " + minute.get() + " STORMSENT " + delivered());
			Thread.getAllStackTraces().forEach((thread, stack) -> System.out.println("STORMTHREAD " + thread.getName()
					+ " " + thread.getState() + " " + java.util.Arrays.toString(java.util.Arrays.copyOf(stack, Math.min(stack.length, 12)))));
			throw ex;
		}

		// WireMock journals a request just after answering it, so the last post may show a moment
		// after the ledger recorded it.
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> delivered().keySet().containsAll(subscribers) && delivered().containsKey("C0STUDY"));
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			SlackStub.server().getAllServeEvents().stream()
				.filter(e -> e.getRequest().getUrl().startsWith("/api/chat.postMessage"))
				.forEach(e -> System.out.println("STORMPOST " + channel(e) + " " + e.getResponse().getStatus() + " "
						+ e.getRequest().getBodyAsString().contains("answer_") + " "
						+ java.net.URLDecoder.decode(e.getRequest().getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ").substring(0, 200)));
			throw ex;
		}
		Map<String, Long> delivered = delivered();
		assertThat(delivered.get("C0STUDY")).isEqualTo(1L);
		subscribers.forEach(user -> assertThat(delivered.get(user)).as(user).isEqualTo(1L));
		subscribers.forEach(user -> assertThat(redis().get("sc:{" + this.team + "}:sent:dm:" + user + ":2026-03-03"))
			.isEqualTo("sent"));
		assertThat(failures("chat.postMessage")).isGreaterThanOrEqualTo(4);
		assertThat(failures("users.info")).isGreaterThanOrEqualTo(2);
		assertThat(failures("conversations.info")).isGreaterThanOrEqualTo(1);
		// The daily work ran on the tick's bounded pool; nothing spun up threads per call.
		assertThat(Thread.activeCount()).isLessThan(threadsBefore + 40);
	}

	private static boolean subscribed(String user, int attempt) {
		return SlackStub.responses("sub" + user + "-" + attempt).toString().contains("a question by DM");
	}

	/** Successful question posts (answer buttons) by channel: a setup's one-line announcement is not a send. */
	private static Map<String, Long> delivered() {
		return SlackStub.server()
			.getAllServeEvents()
			.stream()
			.filter(e -> e.getRequest().getUrl().startsWith("/api/chat.postMessage") && e.getResponse().getStatus() == 200)
			.filter(e -> e.getRequest().getBodyAsString().contains("answer_"))
			.map(e -> channel(e))
			.collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
	}

	private static String channel(ServeEvent event) {
		for (String pair : event.getRequest().getBodyAsString().split("&")) {
			if (pair.startsWith("channel=")) {
				return java.net.URLDecoder.decode(pair.substring(8), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		return "";
	}

	private static long failures(String method) {
		return SlackStub.server().getAllServeEvents().stream()
			.filter(e -> e.getRequest().getUrl().startsWith("/api/" + method) && e.getResponse().getStatus() != 200)
			.count();
	}

	private static String ordinaryAnswer(String method) {
		return switch (method) {
			case "users.info" -> SlackStub.usersInfo("U0ANY", "UTC");
			case "conversations.info" -> "{\"ok\":true,\"channel\":{\"id\":\"C0STUDY\",\"is_member\":true}}";
			case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"" + SlackStub.server().baseUrl()
					+ "/upload/F0STORM\",\"file_id\":\"F0STORM\"}";
			default -> "{\"ok\":true,\"channel\":\"C0STUDY\",\"ts\":\"1772500000.000300\"}";
		};
	}

	private boolean allSent(List<String> subscribers) {
		return "sent".equals(redis().get("sc:{" + this.team + "}:sent:ch:C0STUDY:2026-03-03")) && subscribers.stream()
			.allMatch(user -> "sent".equals(redis().get("sc:{" + this.team + "}:sent:dm:" + user + ":2026-03-03")));
	}

	/** Each method cycles: 503, then 429 with Retry-After: 1, then the ordinary answer. */
	private static void storm() {
		for (String method : METHODS) {
			SlackStub.server().stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(1)
				.inScenario(method).whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503).withBody("upstream unavailable"))
				.willSetStateTo("limited"));
			SlackStub.server().stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(1)
				.inScenario(method).whenScenarioStateIs("limited")
				.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
				.willSetStateTo("calm"));
			// Then Slack's ordinary answer, and the next call storms again.
			SlackStub.server().stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(1)
				.inScenario(method).whenScenarioStateIs("calm")
				.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
					.withBody(ordinaryAnswer(method)))
				.willSetStateTo(Scenario.STARTED));
		}
	}

}
