package io.studycoach.challenge;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycoach.content.Question;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackStub;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.buttonValue;
import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackPosts.messages;
import static io.studycoach.support.SlackPosts.questions;
import static io.studycoach.support.SlackStub.awaitResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** A challenge from start to final standings, from Slack's side. */
class ChallengeTests extends CoachIntegrationTest {

	private static final String CHANNEL = STUDY_CHANNEL;

	private static final String LEAD = "U0LEAD";

	@Test
	void aTwoWeekChallengeRunsFromAnnouncementToFinalStandings() {
		setUpChannel();
		// Monday 2026-03-02 17:00 UTC.
		JsonNode started = command(LEAD, "challenge start 14d d4,d6 per-day 2 Model month <!channel>", "start");
		assertThat(started.toString()).contains("runs through Sunday 15 March, its last question day");
		JsonNode announcement = lastPost(CHANNEL);
		assertThat(BlockKitLimits.violations(announcement)).isEmpty();
		assertThat(announcement.toString()).contains("Model month &lt;!channel&gt;")
			.doesNotContain("<!channel>")
			.contains("14-day challenge with 2 questions a day")
			.contains("ML Model Development, ML Solution Monitoring")
			.contains("challenge_join");
		String challengeId = buttonValue(announcement, "challenge_join");

		assertThat(command(LEAD, "challenge start 7d", "again").toString()).contains("already running here");

		// Ana joins with the button and gets today's two questions at once; Ben joins by command.
		this.slack.interaction(Interactions.button(this.team, "U0ANA", "challenge_join", challengeId, "ana-join"));
		assertThat(awaitResponse("ana-join").toString()).contains("You're in *Model month");
		assertThat(command("U0BEN", "challenge join", "ben-join").toString()).contains("You're in");
		assertThat(command("U0BEN", "challenge join", "ben-again").toString()).contains("already in");
		List<JsonNode> anaQuestions = questionsTo("U0ANA");
		assertThat(anaQuestions).hasSize(2);
		for (JsonNode question : anaQuestions) {
			assertThat(question.toString()).contains("Model month");
			assertThat(deliveredQuestion(question).domain()).isIn("d4", "d6");
		}

		// Day 1: Ana 2 right, Ben 1 right.
		answerAll("U0ANA", 2);
		answerAll("U0BEN", 1);
		// Day 2 at 09:00 UTC: two more each; Ana misses both, Ben gets both.
		at("2026-03-03T09:00:00Z");
		assertThat(questionsTo("U0ANA")).hasSize(4);
		answerAll("U0ANA", 0);
		answerAll("U0BEN", 2);
		// Cy joins late, on day 3, and gets 3 right of 4 over two days.
		at("2026-03-04T09:00:00Z");
		command("U0CY", "challenge join", "cy-join");
		answerAll("U0CY", 2);
		at("2026-03-05T09:00:00Z");
		answerAll("U0CY", 1);

		// Ben 3 of 4 (30 points), Cy 3 of 4 (30 points, joined late), Ana 2 of 4 (20 points). Ben and Cy
		// tie on points and accuracy; Ben got there first (day 2, Cy on day 4), so Ben ranks first.
		JsonNode status = command("U0ANA", "challenge status", "status");
		assertThat(status.toString()).contains("11 days left")
			.contains("3 taking part")
			.containsSubsequence("1. Ben  ·  30 pts", "2. Cy  ·  30 pts", "3. Ana  ·  20 pts")
			.doesNotContain("<@U0")
			.doesNotContain("% right");

		// A /quiz question outside the challenge is still an ordinary question.
		assertThat(this.slack.command(this.team, "U0ANA", CHANNEL, "", SlackStub.responseUrl("q")).body()).contains("answer_");

		at("2026-03-16T09:00:00Z");
		List<JsonNode> results = messages(CHANNEL).stream().filter(p -> p.toString().contains("is over")).toList();
		assertThat(results).hasSize(1);
		JsonNode result = results.get(0);
		assertThat(BlockKitLimits.violations(result)).isEmpty();
		assertThat(result.toString()).contains("Model month &lt;!channel&gt;* is over")
			.contains("Congratulations Ben")
			.containsSubsequence(":first_place_medal: 1. Ben", ":second_place_medal: 2. Cy",
					":third_place_medal: 3. Ana")
			.doesNotContain("<@U0")
			.doesNotContain("% right");
		assertThat(command("U0ANA", "challenge status", "after").toString()).contains("No challenge is running");
		int questionsBefore = questionsTo("U0ANA").size();
		at("2026-03-17T09:00:00Z");
		assertThat(questionsTo("U0ANA")).hasSize(questionsBefore);
	}

	@Test
	void onlyLeadsStartOrEndAChallengeAndEndingPostsTheStandingsOnce() {
		setUpChannel();
		assertThat(command("U0ANA", "challenge start 3d", "member").toString()).contains("only this channel's leads");
		command(LEAD, "challenge start 3d", "start");
		assertThat(command("U0ANA", "challenge end", "member-end").toString()).contains("only this channel's leads");

		assertThat(command(LEAD, "challenge end", "end").toString()).contains("Ended");
		at("2026-03-05T09:00:00Z");

		assertThat(messages(CHANNEL).stream().filter(p -> p.toString().contains("is over"))).hasSize(1);
		assertThat(command(LEAD, "challenge start 2d", "new").toString()).contains("runs through");
	}

	@Test
	void badChallengeArgumentsGetUsage() {
		setUpChannel();
		for (String bad : List.of("challenge start 0d", "challenge start 61d", "challenge start 7d per-day 6",
				"challenge start 7d d9", "challenge begin", "challenge start")) {
			// The reason and the challenge's own help come back at once, in the acknowledgement.
			String reply = this.slack.command(this.team, LEAD, CHANNEL, bad, SlackStub.responseUrl("bad")).body();
			assertThat(reply).as(bad).contains("/quiz challenge start").doesNotContain("I don't understand");
		}
	}

	private void setUpChannel() {
		SlackStub.userZone(LEAD, "UTC");
		SlackStub.member("U0ANA", "UTC", "Ana");
		SlackStub.member("U0BEN", "UTC", "Ben");
		SlackStub.member("U0CY", "UTC", "Cy");
		command(LEAD, "setup 09:00 UTC daily", "setup");
	}

	/** Answers the user's latest unanswered challenge questions: the first {@code right} right, the rest wrong. */
	private void answerAll(String user, int right) {
		List<JsonNode> questions = questionsTo(user);
		List<JsonNode> today = questions.subList(questions.size() - 2, questions.size());
		for (int i = 0; i < today.size(); i++) {
			Question question = deliveredQuestion(today.get(i));
			answer(user, deliveryId(today.get(i)), i < right ? Answers.right(question) : Answers.wrong(question),
					user + System.nanoTime());
		}
	}

	private List<JsonNode> questionsTo(String user) {
		return questions(user).stream().map(SlackPosts::message).toList();
	}

	private JsonNode lastPost(String channel) {
		List<JsonNode> posts = messages(channel);
		return posts.get(posts.size() - 1);
	}

}
