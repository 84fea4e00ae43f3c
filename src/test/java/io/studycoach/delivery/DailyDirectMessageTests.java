package io.studycoach.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.studycoach.support.SlackPosts.message;
import static io.studycoach.support.SlackPosts.questions;
import static org.assertj.core.api.Assertions.assertThat;

/** Daily DMs from Slack's side: each member's own clock, DST, missed sends, 429s, 5xx and deactivation. */
class DailyDirectMessageTests extends CoachIntegrationTest {

	@Test
	void aSubscriberInTokyoGetsTheirDmAtTheirEightOClock() {
		SlackStub.userZone("U0TOKYO", "Asia/Tokyo");
		JsonNode reply = subscribe("U0TOKYO", "08:00");
		assertThat(reply.toString()).contains("on weekdays at *08:00* your time (Asia/Tokyo)");

		at("2026-03-02T22:59:00Z"); // 07:59 on Tuesday in Tokyo
		assertThat(questions("U0TOKYO")).isEmpty();
		at("2026-03-02T23:00:00Z");
		assertThat(questions("U0TOKYO")).hasSize(1);
		JsonNode dm = message(questions("U0TOKYO").get(0));
		assertThat(dm.toString()).contains("Your daily question").contains("answer_");
		at("2026-03-03T05:00:00Z");
		assertThat(questions("U0TOKYO")).hasSize(1);
	}

	@Test
	void aSubscriberWithAnExamDateSeesTheCountdownInTheDailyDm() {
		SlackStub.userZone("U0EXAM", "UTC");
		subscribe("U0EXAM", "08:00");
		this.slack.command(this.team, "U0EXAM", "D0EXAM", "exam-date 2026-03-23", SlackStub.responseUrl("exam-date"));
		org.awaitility.Awaitility.await().until(() -> !SlackStub.responses("exam-date").isEmpty());

		at("2026-03-03T08:00:00Z");

		assertThat(message(questions("U0EXAM").get(0)).toString()).contains("Your daily question")
			.contains(":calendar: 20 days to your exam");
	}

	@Test
	void aLearnerWithAnExamDateIdleForThreeDaysGetsOneGentleNudge() {
		SlackStub.userZone("U0IDLE", "UTC");
		SlackStub.userZone("U0QUIET", "UTC");
		at("2026-03-02T08:00:00Z");
		for (String member : List.of("U0IDLE", "U0QUIET")) {
			assertThat(commandIn("D0" + member, member, "exam-date 2026-03-30", "date" + member).toString())
				.contains("Exam day noted");
		}
		// Answered in the acknowledgement itself.
		assertThat(this.slack.command(this.team, "U0QUIET", "D0U0QUIET", "nudges off", SlackStub.responseUrl("off")).body())
			.contains("Nudges are off");

		at("2026-03-04T12:00:00Z"); // two idle days: not yet
		assertThat(nudges("U0IDLE")).isEmpty();
		at("2026-03-06T12:00:00Z"); // the 3rd, 4th and 5th without practice
		assertThat(nudges("U0IDLE")).hasSize(1);
		assertThat(nudges("U0IDLE").get(0)).contains("your exam is in *24 days*");
		at("2026-03-07T12:00:00Z"); // still idle: no second nudge for the same stretch
		assertThat(nudges("U0IDLE")).hasSize(1);
		assertThat(nudges("U0QUIET")).as("nudges off").isEmpty();
	}

	private static List<String> nudges(String user) {
		return io.studycoach.support.SlackPosts.posts(user)
			.stream()
			.map(post -> String.valueOf(post.get("text")))
			.filter(text -> text.contains("gentle nudge"))
			.toList();
	}

	@Test
	void aDaylightSavingChangeKeepsTheLocalTime() {
		SlackStub.userZone("U0LA", "America/Los_Angeles");
		this.clock.set(Instant.parse("2026-03-06T12:00:00Z")); // Friday 04:00 PST
		subscribe("U0LA", "08:00");

		at("2026-03-06T16:00:00Z"); // Friday 08:00 PST
		assertThat(questions("U0LA")).hasSize(1);
		at("2026-03-09T15:00:00Z"); // Monday 08:00 PDT, the first weekday after the change
		assertThat(questions("U0LA")).hasSize(2);
		at("2026-03-09T16:00:00Z");
		assertThat(questions("U0LA")).hasSize(2);
	}

	@Test
	void aSendMissedWhileTheAppWasDownGoesOutTheSameLocalDayOnly() {
		SlackStub.userZone("U0LATE", "Europe/Berlin");
		subscribe("U0LATE", "08:00");

		at("2026-03-03T13:00:00Z"); // the app comes back at 14:00 in Berlin on Tuesday
		assertThat(questions("U0LATE")).hasSize(1);

		at("2026-03-05T06:00:00Z"); // down all Wednesday; back Thursday 07:00, before Thursday's time
		assertThat(questions("U0LATE")).hasSize(1);
		at("2026-03-05T07:00:00Z");
		assertThat(questions("U0LATE")).hasSize(2);
	}

	@Test
	void aRateLimitedSendWaitsForRetryAfterAndIsSentOnce() {
		SlackStub.userZone("U0BUSY", "UTC");
		subscribe("U0BUSY", "08:00");
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
			.inScenario("429").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
			.willSetStateTo("waited"));

		long started = System.nanoTime();
		at("2026-03-03T08:00:00Z");

		assertThat(questions("U0BUSY")).hasSize(2);
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(1000);
		assertThat(redis().get("sc:{" + this.team + "}:sent:dm:U0BUSY:2026-03-03")).isEqualTo("sent");
		at("2026-03-03T08:05:00Z");
		assertThat(questions("U0BUSY")).hasSize(2);
	}

	@Test
	void serverErrorsAreRetriedWithBackoff() {
		SlackStub.userZone("U0FLAKY", "UTC");
		subscribe("U0FLAKY", "08:00");
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
			.inScenario("5xx").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503)).willSetStateTo("once"));
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
			.inScenario("5xx").whenScenarioStateIs("once")
			.willReturn(aResponse().withStatus(500)).willSetStateTo("twice"));

		at("2026-03-03T08:00:00Z");

		assertThat(questions("U0FLAKY")).hasSize(3);
		assertThat(redis().get("sc:{" + this.team + "}:sent:dm:U0FLAKY:2026-03-03")).isEqualTo("sent");
	}

	@Test
	void aSlackOutageLongerThanTheRetriesIsTriedAgainOnTheNextTickTheSameDay() {
		SlackStub.userZone("U0OUT", "UTC");
		subscribe("U0OUT", "08:00");
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
			.willReturn(aResponse().withStatus(503)));

		at("2026-03-03T08:00:00Z");
		assertThat(redis().get("sc:{" + this.team + "}:sent:dm:U0OUT:2026-03-03")).isNull();

		SlackStub.reset();
		at("2026-03-03T08:01:00Z");
		assertThat(questions("U0OUT")).hasSize(1);
	}

	@Test
	void aDeactivatedMemberIsUnsubscribed() {
		SlackStub.userZone("U0GONE", "UTC");
		subscribe("U0GONE", "08:00");
		SlackStub.when("chat.postMessage", "channel=U0GONE", "{\"ok\":false,\"error\":\"user_disabled\"}");

		at("2026-03-03T08:00:00Z");

		assertThat(redis().sismember("sc:{" + this.team + "}:subscribers", "U0GONE")).isFalse();
		assertThat(redis().zscore("sc:{" + this.team + "}:due", "dm:U0GONE")).isNull();
	}

	@Test
	void aProfileChangeMovesTheNextDmToTheNewZoneAndDeactivationEndsIt() {
		SlackStub.userZone("U0MOVER", "Europe/London");
		subscribe("U0MOVER", "08:00");
		Map<String, Object> moved = Map.of("type", "user_change", "user", Map.of("id", "U0MOVER", "tz",
				"America/New_York", "deleted", false));

		this.slack.event(this.team, "Ev0MOVE", moved, 0);
		at("2026-03-03T08:00:00Z"); // 08:00 in London, 03:00 in New York
		assertThat(questions("U0MOVER")).isEmpty();
		at("2026-03-03T13:00:00Z");
		assertThat(questions("U0MOVER")).hasSize(1);

		this.slack.event(this.team, "Ev0GONE", Map.of("type", "user_change", "user",
				Map.of("id", "U0MOVER", "tz", "America/New_York", "deleted", true)), 0);
		assertThat(redis().sismember("sc:{" + this.team + "}:subscribers", "U0MOVER")).isFalse();
	}

	@Test
	void unsubscribeStopsTheDms() {
		SlackStub.userZone("U0STOP", "UTC");
		subscribe("U0STOP", "08:00");
		assertThat(commandIn("D0STOP", "U0STOP", "unsubscribe", "unsub").toString()).contains("no more daily DMs");

		at("2026-03-03T08:00:00Z");

		assertThat(questions("U0STOP")).isEmpty();
	}

	private JsonNode subscribe(String user, String time) {
		return commandIn("D0" + user, user, "subscribe " + time, "sub-" + user);
	}

}
