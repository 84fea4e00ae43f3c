package io.studycoach.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.content.Question;
import io.studycoach.quiz.AnswerOutcome;
import io.studycoach.quiz.QuizService;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Leaderboard ranks and ties, and a 5,000-member channel's summary and board inside Slack's limits. */
class LeaderboardTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String CHANNEL = STUDY_CHANNEL;

	@Autowired
	private QuizService quiz;

	@Test
	void theBoardRanksByPointsThenAccuracyThenWhoGotThereFirstAndShowsTheCallersRank() throws Exception {
		setUp();
		// 14 members on three /quiz questions each, asked in the study channel.
		List<String> members = IntStream.range(0, 14).mapToObj(i -> "U0P%02d".formatted(i)).toList();
		members.forEach(m -> SlackStub.member(m, "UTC", "P" + m.substring(3)));
		for (int round = 0; round < 3; round++) {
			for (int m = 0; m < members.size(); m++) {
				// Member m answers right in round r when r < 3 - m / 5: the first five 3 of 3, then 2, then 1.
				boolean right = round < 3 - m / 5;
				if (m == 13 && round == 2) {
					continue; // U0P13 answers twice only: 1 right of 2, more accurate than 1 of 3
				}
				this.clock.advance(Duration.ofSeconds(1));
				answerAQuizQuestion(members.get(m), right);
			}
		}

		JsonNode board = board("U0P12", "leaderboard");

		String text = board.toString();
		assertThat(BlockKitLimits.violations(board)).isEmpty();
		// The first five tie on 30 points and 100%: who got there first wins, so U0P00 leads.
		assertThat(text).containsSubsequence("1. P00  ·  30 pts", "2. P01", "5. P04", "6. P05  ·  20 pts",
				"10. P09  ·  20 pts");
		// Names without a ping, and nobody's accuracy but the caller's own.
		assertThat(text).doesNotContain("11. ").doesNotContain("<@").doesNotContainPattern("P\\d\\d  ·  \\d+ pts  ·  \\d+%");
		// 10 pts each: U0P13 (1 of 2) beats U0P10 to U0P12 (1 of 3) on accuracy.
		assertThat(text).contains("*You:* #14 of 14  ·  10 pts  ·  33% right");
		assertThat(board("U0P13", "leaderboard week").toString()).contains("*You:* #11 of 14");
		assertThat(board("U0P00", "leaderboard all").toString()).contains("all time")
			.contains("*You:* #1 of 14  ·  30 pts  ·  100% right (only you see this)");
	}

	@Test
	void aChannelOfFiveThousandMembersStaysWithinSlacksLimits() throws Exception {
		setUp();
		command("U0LEAD", "post", "post");
		String delivery = SlackPosts.deliveryId(SlackPosts.lastQuestion(CHANNEL));
		Question question = deliveredQuestion(delivery);
		Set<Character> right = question.answer();
		Set<Character> wrong = letters(Answers.wrong(question));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<CompletableFuture<AnswerOutcome>> answers = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			String user = "U%07d".formatted(i);
			Set<Character> letters = i % 3 == 0 ? wrong : right;
			answers.add(CompletableFuture.supplyAsync(
					() -> this.quiz.answer(this.team, user, delivery, letters, ZoneOffset.UTC), pool));
		}
		answers.forEach(a -> assertThat(a.join()).isInstanceOf(AnswerOutcome.Recorded.class));
		pool.shutdown();

		this.clock.set(Instant.parse("2026-03-08T20:00:00Z"));
		this.slack.command(this.team, "U0LEAD", CHANNEL, "summary", SlackStub.responseUrl("big-summary"));
		JsonNode summary = SlackStub.awaitResponse("big-summary", Duration.ofSeconds(20));
		JsonNode board = board("U0004999", "leaderboard");

		assertThat(summary.toString()).contains("5000 members gave 5000 answers");
		assertThat(BlockKitLimits.violations(summary, 50)).isEmpty();
		assertThat(BlockKitLimits.violations(board, 50)).isEmpty();
		assertThat(board.toString()).contains("*You:* #");
		assertThat(textLength(summary)).isLessThan(6_000);
		assertThat(textLength(board)).isLessThan(2_000);
	}

	private void setUp() {
		SlackStub.userZone("U0LEAD", "UTC");
		command("U0LEAD", "setup 09:00 UTC daily", "setup");
	}

	private void answerAQuizQuestion(String user, boolean right) throws Exception {
		JsonNode asked = JSON.readTree(this.slack.command(this.team, user, CHANNEL, "", SlackStub.responseUrl("q")).body());
		String delivery = SlackPosts.deliveryId(asked);
		Question question = deliveredQuestion(delivery);
		Set<Character> letters = right ? question.answer() : letters(Answers.wrong(question));
		assertThat(this.quiz.answer(this.team, user, delivery, letters, ZoneOffset.UTC))
			.isInstanceOf(AnswerOutcome.Recorded.class);
	}

	/** The board, asked for by {@code user}; a 5,000-member board may take longer than most replies. */
	private JsonNode board(String user, String text) {
		String name = user + text.hashCode() + System.nanoTime();
		this.slack.command(this.team, user, CHANNEL, text, SlackStub.responseUrl(name));
		return SlackStub.awaitResponse(name, Duration.ofSeconds(20));
	}

	private static Set<Character> letters(List<String> letters) {
		return letters.stream().map(l -> l.charAt(0)).collect(Collectors.toSet());
	}

	private static int textLength(JsonNode message) {
		int total = 0;
		for (JsonNode block : message.path("blocks")) {
			total += block.path("text").path("text").asText("").length();
		}
		return total;
	}

}
