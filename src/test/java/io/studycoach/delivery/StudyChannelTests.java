package io.studycoach.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackPosts.message;
import static io.studycoach.support.SlackPosts.posts;
import static io.studycoach.support.SlackPosts.questions;
import static io.studycoach.support.SlackStub.awaitResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A study channel from Slack's side: setup, the daily post, answers, live counts, recaps and leads. */
class StudyChannelTests extends CoachIntegrationTest {

	private static final String LEAD = "U0LEAD";

	private static final String CHANNEL = STUDY_CHANNEL;

	@Test
	void setupSchedulesAPostAtTheChannelsLocalTimeOncePerDay() {
		// START is Monday 2026-03-02 17:00 UTC, 18:00 in Berlin.
		JsonNode reply = command(LEAD, "setup 09:00 Europe/Berlin daily", "setup");
		assertThat(reply.toString()).contains("every day at *09:00* (Europe/Berlin)")
			.contains("tomorrow at 09:00")
			.contains("<@" + LEAD + ">");
		assertThat(SlackStub.calls("conversations.info").get(0)).containsEntry("channel", CHANNEL);

		at("2026-03-03T07:59:00Z");
		assertThat(questions(CHANNEL)).isEmpty();

		at("2026-03-03T08:00:00Z");
		at("2026-03-03T08:01:00Z");
		assertThat(questions(CHANNEL)).hasSize(1);
		JsonNode post = message(questions(CHANNEL).get(0));
		assertThat(post.toString()).contains("Question of the day").doesNotContain("Yesterday");

		at("2026-03-04T08:00:00Z");
		assertThat(questions(CHANNEL)).hasSize(2);
	}

	@Test
	void setupWhereTheBotIsNotAMemberSaysHowToInviteIt() {
		SlackStub.error("conversations.info", "channel_not_found");

		JsonNode reply = command(LEAD, "setup", "no-bot");

		assertThat(reply.toString()).contains("/invite @Study Coach");
		assertThat(redis().exists("sc:{" + this.team + "}:ch:" + CHANNEL)).isZero();
	}

	@Test
	void setupDefaultsToNineOnWeekdaysInTheLeadsZone() {
		SlackStub.userZone(LEAD, "America/New_York");

		JsonNode reply = command(LEAD, "setup", "defaults");

		assertThat(reply.toString()).contains("on weekdays at *09:00* (America/New_York)");
		at("2026-03-07T14:00:00Z"); // Saturday 09:00 in New York
		assertThat(questions(CHANNEL)).isEmpty();
		at("2026-03-09T13:00:00Z"); // Monday 09:00 EDT: New York sprang forward on the 8th
		assertThat(questions(CHANNEL)).hasSize(1);
	}

	@Test
	void answersGetPrivateFeedbackAndABatchedLiveCount() {
		command(LEAD, "setup 09:00 UTC", "setup");
		assertThat(command(LEAD, "post", "post").toString()).contains("Posted today's question");
		JsonNode post = message(questions(CHANNEL).get(0));
		String delivery = deliveryId(post);
		List<String> right = Answers.right(deliveredQuestion(delivery));

		List<CompletableFuture<?>> clicks = new ArrayList<>();
		IntStream.range(0, 60).forEach(i -> clicks.add(CompletableFuture.runAsync(
				() -> this.slack.answer(this.team, "U0M" + i, delivery, right, "m" + i))));
		clicks.forEach(CompletableFuture::join);

		JsonNode feedback = awaitResponse("m7");
		assertThat(feedback.path("replace_original").asBoolean()).isFalse();
		assertThat(feedback.path("response_type").asText()).isEqualTo("ephemeral");
		assertThat(feedback.toString()).contains("Right!");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> SlackStub.calls("chat.update").stream().anyMatch(c -> c.get("blocks").contains("60 answered")));
		// 60 clicks within a few 300 ms windows: a handful of updates, not one per click.
		assertThat(SlackStub.calls("chat.update")).hasSizeLessThanOrEqualTo(6);
		assertThat(SlackStub.calls("chat.update").get(0)).containsEntry("channel", CHANNEL)
			.containsEntry("ts", "1772500000.000100");
		assertThat(redis().hget("sc:{" + this.team + "}:u:U0M3:stats", "right")).isEqualTo("1");
	}

	@Test
	void theNextPostOpensWithYesterdaysResult() {
		command(LEAD, "setup 09:00 UTC daily", "setup");
		at("2026-03-03T09:00:00Z");
		String delivery = deliveryId(message(questions(CHANNEL).get(0)));
		List<String> right = Answers.right(deliveredQuestion(delivery));
		String wrong = right.contains("A") ? "B" : "A";
		answer("U0A", delivery, right, "a");
		answer("U0B", delivery, right, "b");
		answer("U0C", delivery, right.size() == 1 ? List.of(wrong) : List.of(wrong, right.contains("C") ? "D" : "C"), "c");

		at("2026-03-04T09:00:00Z");

		JsonNode second = message(questions(CHANNEL).get(1));
		assertThat(second.path("blocks").get(0).toString()).contains("Yesterday's question:* 3 answers, 67% right")
			.contains("The answer was *" + String.join(", ", right) + "*");
		assertThat(deliveryId(second)).isNotEqualTo(delivery);
	}

	@Test
	void leadCommandsAreRefusedPolitelyToOthersAndTheRefusalNamesTheLeads() {
		command(LEAD, "setup 09:00 UTC", "setup");

		JsonNode refused = command("U0MEMBER", "post", "member-post");

		assertThat(refused.toString()).contains("only this channel's leads").contains("<@" + LEAD + ">");
		assertThat(questions(CHANNEL)).isEmpty();
		for (String sub : List.of("pause", "resume", "lead add <@U0X|x>", "lead remove <@U0LEAD|lead>", "setup 10:00")) {
			assertThat(command("U0MEMBER", sub, "member-" + sub.hashCode()).toString()).contains("only this channel's leads");
		}
	}

	@Test
	void addedLeadsAndWorkspaceAdminsMayRunLeadCommands() {
		command(LEAD, "setup 09:00 UTC", "setup");
		assertThat(command(LEAD, "lead add <@U0HELPER|helper>", "add").toString()).contains("<@U0HELPER> is now a lead");

		assertThat(command("U0HELPER", "pause", "helper-pause").toString()).contains("Paused");
		at("2026-03-03T09:00:00Z");
		assertThat(questions(CHANNEL)).isEmpty();

		SlackStub.admin("U0ADMIN");
		assertThat(command("U0ADMIN", "resume", "admin-resume").toString()).contains("Resumed");
		command(LEAD, "lead remove <@U0HELPER|helper>", "remove");
		assertThat(command("U0HELPER", "pause", "helper-again").toString()).contains("only this channel's leads");
	}

	@Test
	void postCountsAsTodaysPost() {
		command(LEAD, "setup 09:00 UTC", "setup");
		at("2026-03-03T08:00:00Z");
		command(LEAD, "post", "post");
		assertThat(command(LEAD, "post", "post-again").toString()).contains("already up");

		at("2026-03-03T09:00:00Z");

		assertThat(questions(CHANNEL)).hasSize(1);
	}

	@Test
	void aChannelSlackRefusesIsPausedAndItsLeadToldByDm() {
		command(LEAD, "setup 09:00 UTC", "setup");
		SlackStub.when("chat.postMessage", "channel=" + CHANNEL, "{\"ok\":false,\"error\":\"not_in_channel\"}");

		at("2026-03-03T09:00:00Z");

		// The lead's DM goes out after the send, on threads of its own.
		await().atMost(Duration.ofSeconds(10)).until(() -> posts(LEAD).size() == 1);
		assertThat(posts(LEAD).get(0).get("text")).contains("has stopped").contains("I was removed from the channel");
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "paused")).isEqualTo("1");
		at("2026-03-04T09:00:00Z");
		assertThat(questions(CHANNEL)).hasSize(1);
	}

	@Test
	void archivingTheChannelPausesItOnceEvenWhenSlackRetriesTheEvent() {
		command(LEAD, "setup 09:00 UTC", "setup");
		Map<String, Object> archive = Map.of("type", "channel_archive", "channel", CHANNEL, "user", "U0ANYONE");

		for (int retry = 0; retry <= 3; retry++) {
			assertThat(this.slack.event(this.team, "Ev0ARCHIVE1", archive, retry).statusCode()).isEqualTo(200);
		}

		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "paused")).isEqualTo("1");
		await().atMost(Duration.ofSeconds(10)).until(() -> posts(LEAD).size() == 1);
		// The reason is worded once: no "Slack answered" in front of it.
		assertThat(posts(LEAD).get(0).get("text")).isEqualTo(":warning: The daily question in <#" + CHANNEL
				+ "> has stopped: the channel was archived. If the channel is still in use, add me back with "
				+ "`/invite @Study Coach` there and run `/quiz resume`.");
		at("2026-03-03T09:00:00Z");
		assertThat(questions(CHANNEL)).isEmpty();
	}

	@Test
	void theBotLeavingTheChannelPausesIt() {
		command(LEAD, "setup 09:00 UTC", "setup");

		this.slack.event(this.team, "Ev0LEFT1", Map.of("type", "member_left_channel", "user", SlackStub.BOT_USER,
				"channel", CHANNEL, "channel_type", "C", "team", this.team), 0);
		this.slack.event(this.team, "Ev0LEFT2", Map.of("type", "member_left_channel", "user", "U0SOMEONE",
				"channel", "C0OTHER", "channel_type", "C", "team", this.team), 0);

		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "paused")).isEqualTo("1");
	}

	@Test
	void setupInADirectMessageExplainsWhereToRunIt() {
		JsonNode reply = commandIn("D0DIRECT", LEAD, "setup", "dm");

		assertThat(reply.toString()).contains("in the study channel");
	}

}
