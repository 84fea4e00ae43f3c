package io.studycoach.challenge;

import io.studycoach.redis.RedisKeys;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackStub;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackPosts.lastQuestion;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Challenge questions on a real Redis: none repeats within the challenge, none is one the member was
 * handed in the last 14 days, none is one the channel was asked (its recap reveals the answer).
 */
class ChallengeNoRepeatTests extends CoachIntegrationTest {

	private static final String LEAD = "U0LEAD";

	private static final String MEMBER = "U0ANA";

	@Test
	void aChallengeNeverRepeatsAQuestionNorUsesOneTheMemberOrTheChannelSaw() {
		SlackStub.userZone(LEAD, "UTC");
		SlackStub.userZone(MEMBER, "UTC");
		// Domain d1 only (61 questions), so a careless draw would repeat within days.
		command(LEAD, "setup 09:00 UTC daily", "setup");
		Set<String> channelQuestions = new HashSet<>();
		Set<String> memberSaw = new HashSet<>();
		for (int day = 0; day < 5; day++) {
			at(LocalDate.of(2026, 3, 3).plusDays(day) + "T09:00:00Z");
			channelQuestions.add(deliveredQuestion(deliveryId(lastQuestion(STUDY_CHANNEL))).id());
			// The member asks for a d1 question each day and leaves it unanswered: seen, all the same.
			String reply = this.slack.command(this.team, MEMBER, STUDY_CHANNEL, "d1", SlackStub.responseUrl("q" + day)).body();
			memberSaw.add(deliveredQuestion(read(reply)).id());
		}
		command(LEAD, "challenge start 8d d1 per-day 5 Framing week", "start");
		command(MEMBER, "challenge join", "join");
		for (int day = 1; day < 8; day++) {
			at(LocalDate.of(2026, 3, 7).plusDays(day) + "T09:00:00Z");
		}

		List<String> asked = challengeQuestions();
		// 5 on joining, then 5 a day for the 7 days left.
		assertThat(asked).hasSize(40);
		assertThat(new HashSet<>(asked)).hasSize(40);
		assertThat(asked).doesNotContainAnyElementsOf(memberSaw).doesNotContainAnyElementsOf(channelQuestions);
		assertThat(asked).allMatch(id -> this.bank.question(id).orElseThrow().domain().equals("d1"));
		// What the member was handed is kept where forget-me finds it.
		assertThat(redis().zcard(RedisKeys.team(this.team).learnerShown(MEMBER))).isEqualTo((long) asked.size() + memberSaw.size());
	}

	private static com.fasterxml.jackson.databind.JsonNode read(String json) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private List<String> challengeQuestions() {
		return SlackPosts.questions(MEMBER)
			.stream()
			.map(SlackPosts::message)
			.filter(m -> m.toString().contains("Framing week"))
			.map(this::deliveredQuestion)
			.map(q -> q.id())
			.toList();
	}

}
