package io.studycoach.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.studycoach.support.Answers;
import io.studycoach.support.CoachIntegrationTest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackPosts.message;
import static io.studycoach.support.SlackPosts.posts;
import static io.studycoach.support.SlackPosts.questions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time words from Slack's side: a recap names the day of the question it recaps, a challenge's end
 * is its last question day, and on a Monday the question comes before the summary's teaser, whose
 * details sit in its thread. START is Monday 2 March 2026.
 */
class TimeWordsTests extends CoachIntegrationTest {

	private static final String LEAD = "U0LEAD";

	@Test
	void mondaysRecapNamesFridaysQuestion() {
		command(LEAD, "setup 09:00 UTC weekdays", "setup");
		at("2026-03-05T09:00:00Z");
		at("2026-03-06T09:00:00Z");
		String friday = deliveryId(message(questions(STUDY_CHANNEL).get(1)));
		answer("U0A", friday, Answers.right(deliveredQuestion(friday)), "a");

		at("2026-03-09T09:00:00Z");

		assertThat(message(questions(STUDY_CHANNEL).get(1)).path("blocks").get(0).toString())
			.contains("Yesterday's question:* no answers");
		String monday = message(questions(STUDY_CHANNEL).get(2)).path("blocks").get(0).toString();
		assertThat(monday).contains("Friday's question:* 1 answer, 100% right").doesNotContain("Yesterday");
	}

	@Test
	void aChallengeEndsOnItsLastQuestionDay() {
		command(LEAD, "setup 09:00 UTC weekdays", "setup");
		at("2026-03-04T08:00:00Z"); // Wednesday

		JsonNode started = command(LEAD, "challenge start 7d", "start");

		assertThat(started.toString()).contains("runs through Tuesday 10 March, its last question day");
		// The channel's first post is setup's announcement; the challenge's comes next.
		assertThat(posts(STUDY_CHANNEL).get(1).get("text") + posts(STUDY_CHANNEL).get(1).get("blocks"))
			.contains("Its last question day is Tuesday 10 March");
	}

	@Test
	void onMondayTheQuestionComesFirstAndTheSummaryIsATeaserWithItsDetailsInTheThread() {
		command(LEAD, "setup 09:00 UTC weekdays", "setup");
		at("2026-03-06T09:00:00Z");
		String friday = deliveryId(message(questions(STUDY_CHANNEL).get(0)));
		answer("U0A", friday, Answers.right(deliveredQuestion(friday)), "a");

		at("2026-03-09T09:00:00Z");
		at("2026-03-09T09:01:00Z");

		// After setup's announcement and Friday's question.
		List<Map<String, String>> monday = posts(STUDY_CHANNEL).subList(2, posts(STUDY_CHANNEL).size());
		assertThat(monday).hasSize(3);
		assertThat(monday.get(0).get("blocks")).contains("\"answer_");
		assertThat(monday.get(1).get("text")).contains("The week of 2 March in review:* 1 member answered 1 question.")
			.contains("details are in the thread")
			.hasSizeLessThan(200);
		assertThat(monday.get(1)).doesNotContainKey("thread_ts");
		assertThat(monday.get(2).get("text")).contains("Weekly summary");
		assertThat(monday.get(2).get("thread_ts")).isEqualTo("1772500000.000100");
	}

}
