package io.studycoach.slack.channel;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.studycoach.delivery.DeliveryTick;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A study channel archived, deleted and taken out of the archive, from Slack's side: every event is
 * acknowledged at once, however slow Slack is with the leads' DMs, and the DMs still arrive. Event
 * shapes as in {@code ../shared/slack/payloads} and Slack's event reference.
 */
class ChannelLifecycleTests extends CoachIntegrationTest {

	private static final String CHANNEL = "C0STUDY";

	private static final String PRIVATE = "G0PRIVATE";

	private static final Duration ACK = Duration.ofSeconds(1);

	@Autowired
	private DeliveryTick tick;

	/** Leads of this test's own, so that a DM still on its way from an earlier test is never counted. */
	private String lead;

	private String helper;

	@BeforeEach
	void nameTheLeads() {
		this.lead = "UL" + this.team.substring(1);
		this.helper = "UH" + this.team.substring(1);
	}

	@Test
	void anArchiveWhilePostingTakesTwoSecondsIsAckedAtOnceAndTheLeadIsStillTold() {
		setUp(CHANNEL);
		slowPosts(Duration.ofSeconds(2));

		Duration archive = timed(() -> event("Ev0ARCH", Map.of("type", "channel_archive", "channel", CHANNEL, "user",
				"U0ANYONE", "event_ts", "1772500000.000100")));
		Duration help = timed(this::help);

		assertThat(archive).isLessThan(ACK);
		assertThat(help).isLessThan(ACK);
		assertThat(paused(CHANNEL)).isEqualTo("1");
		await().atMost(Duration.ofSeconds(10)).until(() -> dms(this.lead).size() == 1 && dms(this.helper).size() == 1);
		assertThat(dms(this.lead).get(0)).contains("has stopped: the channel was archived");
	}

	@Test
	void aDeletionWhileSlackRateLimitsDmsIsAckedAtOnceAndTheLeadIsToldAfterRetryAfter() {
		setUp(CHANNEL);
		// The lead's first DM gets a 429 asking for 10 seconds; after that Slack takes posts again.
		SlackStub.server()
			.stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
				.withRequestBody(containing("channel=" + this.lead))
				.inScenario("limited-" + this.team)
				.whenScenarioStateIs(Scenario.STARTED)
				.willSetStateTo("open")
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "10")
					.withHeader("Content-Type", "application/json")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));

		Duration deleted = timed(() -> event("Ev0DEL", Map.of("type", "channel_deleted", "channel", CHANNEL,
				"actor_id", "U0ANYONE", "event_ts", "1772500000.000100")));
		await().atMost(Duration.ofSeconds(5)).until(() -> dms(this.lead).size() == 1);
		Duration help = timed(this::help);

		assertThat(deleted).isLessThan(ACK);
		assertThat(help).as("/quiz help while a DM waits out Retry-After").isLessThan(ACK);
		assertThat(paused(CHANNEL)).isEqualTo("1");
		await().atMost(Duration.ofSeconds(25)).until(() -> dms(this.lead).size() == 2 && dms(this.helper).size() == 1);
		assertThat(dms(this.lead).get(1)).contains("has stopped: the channel no longer exists");
	}

	@Test
	void aDeletedPrivateChannelIsPausedLikeAPublicOneAndItsLeadsAreTold() {
		setUp(PRIVATE);

		Duration deleted = timed(() -> event("Ev0GDEL", Map.of("type", "group_deleted", "channel", PRIVATE,
				"date_deleted", 1772500000, "actor_id", "U0ANYONE", "event_ts", "1772500000.000100")));

		assertThat(deleted).isLessThan(ACK);
		assertThat(paused(PRIVATE)).isEqualTo("1");
		assertThat(redis().hget(channelKey(PRIVATE), "paused_reason")).isEqualTo("CHANNEL_GONE");
		await().atMost(Duration.ofSeconds(10)).until(() -> dms(this.lead).size() == 1 && dms(this.helper).size() == 1);
		assertThat(dms(this.helper).get(0)).contains("<#" + PRIVATE + ">").contains("the channel no longer exists");
		// Setup announced itself there; nothing goes there after the deletion.
		long before = SlackStub.calls("chat.postMessage").stream().filter(c -> PRIVATE.equals(c.get("channel"))).count();
		this.clock.set(Instant.parse("2026-03-03T09:00:00Z"));
		this.tick.run();
		assertThat(SlackStub.calls("chat.postMessage").stream().filter(c -> PRIVATE.equals(c.get("channel"))).count())
			.isEqualTo(before);
	}

	@Test
	void aPausedChannelBackFromTheArchiveTellsEachLeadHowToResumeIt() {
		setUp(CHANNEL);
		event("Ev0ARCH2", Map.of("type", "channel_archive", "channel", CHANNEL, "user", "U0ANYONE"));
		await().atMost(Duration.ofSeconds(10)).until(() -> dms(this.lead).size() == 1 && dms(this.helper).size() == 1);
		slowPosts(Duration.ofSeconds(2));

		// Slack retries the event once: the leads are told once.
		Duration unarchive = timed(() -> event("Ev0UNARCH", Map.of("type", "channel_unarchive", "channel", CHANNEL,
				"user", "U0ANYONE", "event_ts", "1772500000.000200")));
		assertThat(this.slack.event(this.team, "Ev0UNARCH", Map.of("type", "channel_unarchive", "channel", CHANNEL,
				"user", "U0ANYONE", "event_ts", "1772500000.000200"), 1).statusCode()).isEqualTo(200);

		assertThat(unarchive).isLessThan(ACK);
		await().atMost(Duration.ofSeconds(15)).until(() -> dms(this.lead).size() == 2 && dms(this.helper).size() == 2);
		assertThat(dms(this.lead).get(1)).contains("<#" + CHANNEL + ">").contains("`/quiz resume`");
		assertThat(dms(this.helper).get(1)).isEqualTo(dms(this.lead).get(1));
		assertThat(paused(CHANNEL)).as("resuming is the leads' call").isEqualTo("1");
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.until(() -> dms(this.lead).size() == 2 && dms(this.helper).size() == 2);
	}

	@Test
	void aPausedPrivateChannelBackFromTheArchiveTellsItsLeadsToo() {
		setUp(PRIVATE);
		event("Ev0GARCH", Map.of("type", "group_archive", "channel", PRIVATE, "user", "U0ANYONE"));
		await().atMost(Duration.ofSeconds(10)).until(() -> dms(this.lead).size() == 1 && dms(this.helper).size() == 1);

		Duration unarchive = timed(() -> event("Ev0GUNARCH", Map.of("type", "group_unarchive", "channel", PRIVATE,
				"actor_id", "U0ANYONE", "event_ts", "1772500000.000200")));

		assertThat(unarchive).isLessThan(ACK);
		await().atMost(Duration.ofSeconds(10)).until(() -> dms(this.lead).size() == 2 && dms(this.helper).size() == 2);
		assertThat(dms(this.lead).get(1)).contains("<#" + PRIVATE + ">").contains("`/quiz resume`");
	}

	@Test
	void aChannelBackFromTheArchiveThatIsRunningOrNoStudyChannelTellsNobody() {
		setUp(CHANNEL);

		event("Ev0UN1", Map.of("type", "channel_unarchive", "channel", CHANNEL, "user", "U0ANYONE"));
		event("Ev0UN2", Map.of("type", "channel_unarchive", "channel", "C0ELSEWHERE", "user", "U0ANYONE"));
		event("Ev0UN3", Map.of("type", "group_unarchive", "channel", "G0ELSEWHERE"));

		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.until(() -> dms(this.lead).isEmpty() && dms(this.helper).isEmpty());
		assertThat(paused(CHANNEL)).isEqualTo("0");
	}

	/** A study channel in {@code channel}, led by the lead (who set it up) and the helper (added). */
	private void setUp(String channel) {
		command(channel, this.lead, "setup 09:00 UTC", "setup");
		command(channel, this.lead, "lead add <@" + this.helper + "|helper>", "add");
		assertThat(paused(channel)).isEqualTo("0");
	}

	private void command(String channel, String user, String text, String name) {
		assertThat(this.slack.command(this.team, user, channel, text, SlackStub.responseUrl(name)).statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses(name).isEmpty());
	}

	private void event(String eventId, Map<String, Object> event) {
		assertThat(this.slack.event(this.team, eventId, event, 0).statusCode()).isEqualTo(200);
	}

	private void help() {
		HttpResponse<String> reply = this.slack.command(this.team, "U0MEMBER", CHANNEL, "help",
				SlackStub.responseUrl("help"));
		assertThat(reply.statusCode()).isEqualTo(200);
		assertThat(reply.body()).contains("/quiz stats");
	}

	private static Duration timed(Runnable request) {
		long started = System.nanoTime();
		request.run();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static void slowPosts(Duration delay) {
		SlackStub.server()
			.stubFor(any(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
				.willReturn(aResponse().withStatus(200)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"ok\":true,\"channel\":\"D0DM\",\"ts\":\"1772500000.000300\"}")
					.withFixedDelay((int) delay.toMillis())));
	}

	/** The texts of the DMs sent to {@code user}, oldest first. */
	private static List<String> dms(String user) {
		return SlackStub.calls("chat.postMessage")
			.stream()
			.filter(c -> user.equals(c.get("channel")))
			.map(c -> c.get("text"))
			.toList();
	}

	private String paused(String channel) {
		return redis().hget(channelKey(channel), "paused");
	}

	private String channelKey(String channel) {
		return "sc:{" + this.team + "}:ch:" + channel;
	}

}
