package io.studycoach.slack.channel;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.posts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a study-group lead sees and does, from Slack's side: /quiz status, the channel told of setup,
 * pause and resume, challenge status counting everyone who joined, her Home listing the challenge
 * she runs, and mentions as Slack sends them.
 */
class LeadToolsTests extends CoachIntegrationTest {

	private static final String LEAD = "U0LEAD";

	@BeforeEach
	void zones() {
		for (String user : List.of(LEAD, "U0ANA", "U0BEN")) {
			SlackStub.userZone(user, "UTC");
		}
	}

	@Test
	void setupPauseAndResumeAreAnnouncedInTheChannelInOneLine() {
		SlackStub.member(LEAD, "UTC", "Priya");
		command(LEAD, "setup 09:00 Europe/Berlin", "setup");
		command(LEAD, "pause", "pause");
		command(LEAD, "resume", "resume");

		// Each is in the channel by the time the lead reads the reply, naming her without a ping.
		assertThat(posts(STUDY_CHANNEL).stream().map(p -> p.get("text")).toList()).containsExactly(
				":calendar: Priya set up a question of the day here: on weekdays at *09:00* (Europe/Berlin). "
						+ "Answer with the buttons; only you see whether you were right.",
				":pause_button: Priya paused the daily question here.",
				":arrow_forward: Priya resumed the daily question: on weekdays at *09:00* (Europe/Berlin).");
	}

	@Test
	void statusShowsScheduleZonePlanLeadsNextPostSummarySubscribersAndTheRunningChallenge() {
		command(LEAD, "setup 09:00 Europe/Berlin", "setup");
		command(LEAD, "setup plan exam", "plan");
		command(LEAD, "lead add <@U0ANA|ana>", "lead");
		commandIn("D0ANA", "U0ANA", "subscribe 08:00", "sub-ana");
		commandIn("D0BEN", "U0BEN", "subscribe 08:00", "sub-ben");
		command(LEAD, "challenge start 7d Model week", "challenge");
		command("U0ANA", "challenge join", "join-ana");
		command("U0BEN", "challenge join", "join-ben");
		// Tuesday noon in Berlin: day 2 of the challenge, today's 09:00 question gone, the next on Wednesday.
		this.clock.set(Instant.parse("2026-03-03T11:00:00Z"));

		String status = statusText("U0BEN");

		assertThat(status).isEqualTo(String.join("\n", "*Study channel <#C0STUDY>*",
				"Daily question: on weekdays at *09:00* (Europe/Berlin)  ·  next: *Wednesday 4 March at 09:00*",
				"Plan: `exam`  ·  weekly summary: Mondays at 09:00", "Leads: <@U0LEAD>, <@U0ANA>",
				"Daily-DM subscribers in this workspace: 2", "Challenge: *Model week*  ·  day 2 of 7  ·  2 joined"));

		command(LEAD, "pause", "pause");
		assertThat(statusText(LEAD)).contains(":pause_button: Paused: a lead paused it.")
			.doesNotContain("next:");
	}

	@Test
	void statusOutsideAStudyChannelSaysSo() throws Exception {
		JsonNode reply = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(this.slack.command(this.team, "U0ANA", "C0OTHER", "status", "http://unused/").body());

		assertThat(reply.path("text").asText()).contains("no daily question yet");
	}

	@Test
	void challengeStatusCountsEveryoneWhoJoinedBeforeAnyoneAnswers() {
		command(LEAD, "setup 09:00 UTC daily", "setup");
		command(LEAD, "challenge start 7d Model week", "challenge");
		command("U0ANA", "challenge join", "join-ana");
		command("U0BEN", "challenge join", "join-ben");

		assertThat(command("U0ANA", "challenge status", "status").toString()).contains("2 taking part")
			.contains("No scores yet");
	}

	@Test
	void theLeadsHomeShowsTheChallengeSheRunsThoughSheDidNotJoin() throws Exception {
		command(LEAD, "setup 09:00 UTC daily", "setup");
		command(LEAD, "challenge start 7d Model week", "challenge");

		this.slack.event(this.team, "Ev" + this.team, Map.of("type", "app_home_opened", "user", LEAD, "channel",
				"D0LEAD", "tab", "home", "event_ts", "1700000000.000100"), 0);

		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.calls("views.publish").isEmpty());
		String home = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(SlackStub.calls("views.publish").get(0).get("view"))
			.toString();
		assertThat(home).contains("*Model week* in <#C0STUDY>");
		// A member who neither joined nor runs it does not see it as theirs.
		this.slack.event(this.team, "Ev" + this.team + "B", Map.of("type", "app_home_opened", "user", "U0BEN",
				"channel", "D0BEN", "tab", "home", "event_ts", "1700000000.000200"), 0);
		await().atMost(Duration.ofSeconds(10)).until(() -> SlackStub.calls("views.publish").size() == 2);
		assertThat(SlackStub.calls("views.publish").get(1).get("view")).doesNotContain("Model week");
	}

	@Test
	void mentionsWorkInBothFormsSlackSends() {
		command(LEAD, "setup 09:00 UTC", "setup");

		assertThat(command(LEAD, "lead add <@U0ANA|ana>", "add-ana").toString()).contains("<@U0ANA> is now a lead");
		assertThat(command(LEAD, "lead add <@U0BEN>", "add-ben").toString()).contains("<@U0BEN> is now a lead");
		assertThat(command("U0ANA", "pause", "ana-pause").toString()).contains("Paused");
		assertThat(command(LEAD, "lead remove <@U0BEN|ben>", "remove-ben").toString()).contains("<@U0BEN>");
		assertThat(command("U0BEN", "resume", "ben-resume").toString()).contains("only this channel's leads");
	}

	private String statusText(String user) {
		try {
			JsonNode reply = new com.fasterxml.jackson.databind.ObjectMapper()
				.readTree(this.slack.command(this.team, user, STUDY_CHANNEL, "status", "http://unused/").body());
			assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
			return reply.path("text").asText();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
