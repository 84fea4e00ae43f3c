package io.studycoach.summary;

import io.studycoach.content.Question;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackPosts.lastQuestion;
import static io.studycoach.support.SlackPosts.messages;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public boards are kind, from Slack's side: what the channel is shown names only members with
 * points, by name without a ping, never anyone's accuracy, and leaves out members who left the boards.
 */
class KindBoardsTests extends CoachIntegrationTest {

	private static final String LEAD = "U0LEAD";

	@Test
	void theChannelsSummaryNamesOnlyMembersWithPointsWithoutPingingOrAccuracy() {
		playADay();

		assertThat(command(LEAD, "summary post", "post").toString()).contains("Posted the summary");

		String summary = messages(STUDY_CHANNEL).stream()
			.filter(m -> m.toString().contains("Weekly summary"))
			.findFirst()
			.orElseThrow()
			.toString();
		assertThat(summary).contains("1. Ada Quill  ·  10 pts")
			.contains("2. Dee &lt;!here&gt;  ·  10 pts")
			.doesNotContain("<!here>")
			.doesNotContain("<@")
			.doesNotContain("Bo Zero")
			.doesNotContain("·  0 pts")
			.doesNotContain("Cy Hidden")
			.doesNotContain("% right  ·")
			.doesNotContain("100% right");
	}

	@Test
	void membersLeaveAndRejoinThePublicBoardsAndStillSeeTheirOwnPlace() {
		playADay();
		String off = RedisKeys.team(this.team).boardsOff();
		assertThat(redis().sismember(off, "U0CY")).isTrue();

		String board = command("U0CY", "leaderboard", "cy-board").toString();
		// The public rows carry points only; Cy's own line, which only Cy sees, carries Cy's accuracy.
		assertThat(board).contains("1. Ada Quill  ·  10 pts\\n")
			.doesNotContain("Cy Hidden")
			.doesNotContain("Bo Zero")
			.contains("*You:* #")
			.contains("10 pts  ·  100% right (only you see this)");
		String bos = command("U0BO", "leaderboard", "bo-board").toString();
		assertThat(bos).contains("0 pts  ·  0% right (only you see this)").doesNotContain("Bo Zero");

		assertThat(inTheAck("U0CY", "boards on")).contains("on the public boards again");
		assertThat(redis().sismember(off, "U0CY")).isFalse();
		assertThat(command(LEAD, "leaderboard", "lead-board").toString()).contains("Cy Hidden  ·  10 pts");
		assertThat(inTheAck("U0CY", "boards maybe")).contains("boards off|on");
	}

	/** A command answered in its acknowledgement (it calls nothing that waits on Slack). */
	private String inTheAck(String user, String text) {
		return this.slack.command(this.team, user, STUDY_CHANNEL, text, SlackStub.responseUrl(user + text)).body();
	}

	/** Ada and Dee right, Bo wrong (no points), Cy right but off the boards. */
	private void playADay() {
		SlackStub.userZone(LEAD, "UTC");
		SlackStub.member("U0ADA", "UTC", "Ada Quill");
		SlackStub.member("U0BO", "UTC", "Bo Zero");
		SlackStub.member("U0CY", "UTC", "Cy Hidden");
		SlackStub.member("U0DEE", "UTC", "Dee <!here>");
		command(LEAD, "setup 09:00 UTC daily", "setup");
		at("2026-03-03T09:00:00Z");
		String delivery = deliveryId(lastQuestion(STUDY_CHANNEL));
		Question question = deliveredQuestion(delivery);
		assertThat(inTheAck("U0CY", "boards off")).contains("off the public boards");
		for (String member : List.of("U0ADA", "U0CY", "U0DEE")) {
			answer(member, delivery, Answers.right(question), member);
		}
		answer("U0BO", delivery, Answers.wrong(question), "U0BO");
		this.clock.set(java.time.Instant.parse("2026-03-04T08:00:00Z"));
	}

}
