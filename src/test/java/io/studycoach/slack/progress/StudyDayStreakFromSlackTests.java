package io.studycoach.slack.progress;

import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackPosts.message;
import static io.studycoach.support.SlackPosts.questions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaks from Slack's side: signed requests through the real Bolt App, a real Redis, the clock moved
 * across a weekend. START is Monday 2 March 2026.
 */
class StudyDayStreakFromSlackTests extends CoachIntegrationTest {

	private static final String LEAD = "U0LEAD";

	private static final String MEMBER = "U0MEMBER";

	@Test
	void fridayToMondayKeepsTheStreakOnAWeekdaysChannel() {
		assertThat(command(LEAD, "setup 09:00 UTC weekdays", "setup").toString()).contains("on weekdays");

		assertThat(answerTodaysQuestion("2026-03-05T09:00:00Z", 0, "thu").toString()).contains("1-day streak");
		assertThat(answerTodaysQuestion("2026-03-06T09:00:00Z", 1, "fri").toString()).contains("2-day streak");
		at("2026-03-07T09:00:00Z");
		at("2026-03-08T09:00:00Z");
		assertThat(questions(STUDY_CHANNEL)).as("nothing is posted at the weekend").hasSize(2);
		assertThat(reply("stats").toString()).contains("Current streak: *2* study days");

		assertThat(answerTodaysQuestion("2026-03-09T09:00:00Z", 2, "mon").toString()).contains("3-day streak");
		assertThat(reply("stats").toString()).contains("Current streak: *3* study days");
	}

	@Test
	void aDailyChannelsWeekendDoesCountAndAMissedDayBreaksTheStreak() {
		command(LEAD, "setup 09:00 UTC daily", "setup");

		answerTodaysQuestion("2026-03-06T09:00:00Z", 0, "fri");
		at("2026-03-07T09:00:00Z");
		at("2026-03-08T09:00:00Z");

		assertThat(answerTodaysQuestion("2026-03-09T09:00:00Z", 3, "mon").toString()).contains("1-day streak");
	}

	@Test
	void aVacationHoldsTheStreakAndOddLengthsAreRefusedWithTheFormThatWorks() {
		command(LEAD, "setup 09:00 UTC daily", "setup");
		answerTodaysQuestion("2026-03-03T09:00:00Z", 0, "tue");

		assertThat(reply("vacation 30").toString())
			.contains("\\\"30\\\" isn\\u0027t a vacation length: a vacation runs 1 to 14 days")
			.contains("/quiz vacation 7");
		assertThat(reply("vacation").toString()).contains("A vacation runs 1 to 14 days");
		assertThat(reply("vacation 3").toString())
			.contains("held for 3 days, until *Friday 6 March*");
		at("2026-03-04T09:00:00Z");
		at("2026-03-05T09:00:00Z");
		assertThat(reply("stats").toString()).contains("On vacation until *Friday 6 March*")
			.contains("Current streak: *1* study day ");
		at("2026-03-06T09:00:00Z");

		assertThat(answerTodaysQuestion("2026-03-07T09:00:00Z", 4, "sat").toString()).contains("2-day streak");
		assertThat(reply("vacation off").toString()).contains("not on vacation, so nothing changed");
	}

	@Test
	void endingAVacationMakesDaysCountAgain() {
		command(LEAD, "setup 09:00 UTC daily", "setup");
		answerTodaysQuestion("2026-03-03T09:00:00Z", 0, "tue");
		reply("vacation 7");

		assertThat(reply("vacation off").toString()).contains("Welcome back");
		at("2026-03-04T09:00:00Z");

		assertThat(answerTodaysQuestion("2026-03-05T09:00:00Z", 2, "thu").toString()).contains("1-day streak");
	}

	/** The member's {@code /quiz text}, answered in the acknowledgement (these sub-commands never wait on Slack). */
	private String reply(String text) {
		var response = this.slack.command(this.team, MEMBER, STUDY_CHANNEL, text, SlackStub.responseUrl("unused"));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** Moves to {@code instant}, runs the tick, and has the member answer the channel's question number {@code index} right. */
	private com.fasterxml.jackson.databind.JsonNode answerTodaysQuestion(String instant, int index, String name) {
		at(instant);
		String delivery = deliveryId(message(questions(STUDY_CHANNEL).get(index)));
		List<String> right = Answers.right(deliveredQuestion(delivery));
		return answer(MEMBER, delivery, right, name);
	}

}
