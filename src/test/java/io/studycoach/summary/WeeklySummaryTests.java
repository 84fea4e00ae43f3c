package io.studycoach.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.studycoach.content.Question;
import io.studycoach.support.Answers;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.studycoach.support.SlackPosts.deliveryId;
import static io.studycoach.support.SlackPosts.lastQuestion;
import static io.studycoach.support.SlackPosts.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two simulated weeks of a study channel, then the Monday summary, checked against numbers worked out
 * here from the answers given.
 */
class WeeklySummaryTests extends CoachIntegrationTest {

	private static final String CHANNEL = STUDY_CHANNEL;

	private static final String LEAD = "U0LEAD";

	/** Right answers of members U00 to U11 in the second week: on their first r days, wrong after. */
	private static final int[] RIGHTS = { 7, 6, 5, 4, 3, 2, 2, 2, 2, 2, 2, 2 };

	private final Map<String, int[]> expectedByDomain = new HashMap<>();

	private final Map<String, int[]> expectedBySection = new HashMap<>();

	private final List<Question> secondWeek = new ArrayList<>();

	@Test
	void mondaysSummaryHasTheWeeksNumbersAndItsChart() throws Exception {
		simulateTwoWeeks();

		at("2026-03-09T09:00:00Z");
		at("2026-03-09T09:01:00Z"); // the summary follows the day's question

		JsonNode summary = summaryPost();
		String text = summary.toString();
		assertThat(BlockKitLimits.violations(summary)).isEmpty();
		assertThat(text).contains("week of 2026-03-02")
			.contains("12 members gave 84 answers; the week before, 10 gave 70.");
		for (Map.Entry<String, int[]> domain : this.expectedByDomain.entrySet()) {
			int percent = (int) Math.round(100.0 * domain.getValue()[1] / domain.getValue()[0]);
			assertThat(text).contains(percent + "%  " + this.bank.domain(domain.getKey()).name() + " ("
					+ domain.getValue()[0] + " answered)");
		}
		assertThat(text).contains("1. Member 00  ·  70 pts")
			.contains("2. Member 01  ·  60 pts")
			.contains("5. Member 04  ·  30 pts")
			.doesNotContain("6. Member")
			.doesNotContain("<@")
			.doesNotContain("% right");
		assertThat(text).contains(":fire: Member 00  ·  14 study days").doesNotContain("Member 10  ·  7 study days");
		Question mostMissed = this.secondWeek.get(6);
		assertThat(text).contains("*Most missed* (11 wrong)")
			.contains("*Answer " + mostMissed.answerLetters() + ":*");
		String focus = expectedFocus();
		assertThat(text).contains("Next week's focus: " + this.bank.domain(focus).name());
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "focus")).isEqualTo(focus);
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "focus_week")).isEqualTo("2026-03-09");

		assertChartUploadedAfterTheText();
		at("2026-03-09T09:30:00Z");
		assertThat(summaryPosts()).hasSize(1);
	}

	@Test
	void aChannelOnTheExamPlanSeesTheGuidesSectionsAndFocusesOnOne() throws Exception {
		simulateTwoWeeks(true);

		at("2026-03-09T09:00:00Z");
		at("2026-03-09T09:01:00Z"); // the summary follows the day's question

		String text = summaryPost().toString();
		assertThat(text).contains("Accuracy by exam-guide section");
		for (Map.Entry<String, int[]> section : this.expectedBySection.entrySet()) {
			int percent = (int) Math.round(100.0 * section.getValue()[1] / section.getValue()[0]);
			String shortName = this.bank.blueprint().section(section.getKey().substring(1)).orElseThrow().shortName();
			assertThat(text).contains(percent + "%  " + shortName + " (" + section.getValue()[0] + " answered)");
		}
		String focus = weakest(this.expectedBySection);
		assertThat(text).contains("Next week's focus: " + this.bank.areaName(focus));
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "focus")).isEqualTo(focus);
		assertThat(redis().hget("sc:{" + this.team + "}:ch:" + CHANNEL, "plan")).isEqualTo("exam");
	}

	@Test
	void leadsSeeHowManyMembersSitTheExamSoonOnlyFromThreeAndWithoutNames() throws Exception {
		simulateTwoWeeks();
		for (String member : List.of("U00", "U01", "U02")) {
			assertThat(commandIn("D0" + member, member, "exam-date 2026-03-30", "date" + member).toString())
				.contains("Exam day noted");
		}
		assertThat(commandIn("D0U03", "U03", "exam-date 2026-06-30", "dateU03").toString()).contains("Exam day noted");

		at("2026-03-09T09:00:00Z");
		at("2026-03-09T09:01:00Z"); // the summary follows the day's question

		String text = summaryPost().toString();
		Matcher line = Pattern.compile("\\*Exam dates:\\* (\\d+) members sit the exam in the next 30 days; the coach predicts (\\d+) of them")
			.matcher(text);
		assertThat(line.find()).isTrue();
		// U03's date is months away: three members, not four.
		assertThat(line.group(1)).isEqualTo("3");
		assertThat(Integer.parseInt(line.group(2))).isBetween(0, 3);
	}

	@Test
	void aFailedChartUploadLeavesTheTextSummary() throws Exception {
		simulateTwoWeeks();
		SlackStub.error("files.getUploadURLExternal", "invalid_arguments");

		at("2026-03-09T09:00:00Z");
		at("2026-03-09T09:01:00Z"); // the summary follows the day's question

		assertThat(summaryPosts()).hasSize(1);
		assertThat(SlackStub.calls("files.completeUploadExternal")).isEmpty();
		assertThat(SlackStub.server().findAll(anyRequestedFor(urlPathMatching("/upload/.*")))).isEmpty();
	}

	@Test
	void aFailedByteUploadSharesNothingAndLeavesTheTextSummary() throws Exception {
		simulateTwoWeeks();
		SlackStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching("/upload/.*"))
			.atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));

		at("2026-03-09T09:00:00Z");
		at("2026-03-09T09:01:00Z"); // the summary follows the day's question

		assertThat(summaryPosts()).hasSize(1);
		assertThat(SlackStub.calls("files.getUploadURLExternal")).hasSize(1);
		assertThat(SlackStub.calls("files.completeUploadExternal")).isEmpty();
	}

	@Test
	void leadsSeeTheWeekSoFarPrivatelyOrPostItNow() throws Exception {
		simulateTwoWeeks();
		this.clock.set(Instant.parse("2026-03-08T20:00:00Z"));

		JsonNode mine = command(LEAD, "summary", "private");
		assertThat(mine.path("response_type").asText()).isEqualTo("ephemeral");
		assertThat(mine.toString()).contains("week of 2026-03-02").contains("12 members gave");
		assertThat(summaryPosts()).isEmpty();
		// The preview's chart goes to the lead's DM with the coach, not to the channel.
		await().atMost(Duration.ofSeconds(5)).until(() -> !SlackStub.calls("files.completeUploadExternal").isEmpty());
		Map<String, String> preview = SlackStub.calls("files.completeUploadExternal").get(0);
		assertThat(preview.get("channel_id")).isEqualTo("D0DM");
		assertThat(preview.get("files")).contains("Preview").contains("Mar 2 – Mar 8");
		assertThat(SlackStub.calls("conversations.open").get(0).get("users")).isEqualTo(LEAD);

		assertThat(command("U00", "summary post", "not-lead").toString()).contains("only this channel's leads");

		assertThat(command(LEAD, "summary post", "post").toString()).contains("Posted the summary");
		assertThat(summaryPosts()).hasSize(1);
	}

	@Test
	void theSummaryTimeCanBeChanged() throws Exception {
		command(LEAD, "setup 09:00 UTC daily", "setup");
		assertThat(command(LEAD, "setup summary friday 16:30", "when").toString()).contains("Fridays at 16:30 (UTC)");

		at("2026-03-06T16:29:00Z");
		assertThat(summaryPosts()).isEmpty();
		at("2026-03-06T16:30:00Z");
		assertThat(summaryPosts()).hasSize(1);
		at("2026-03-09T09:00:00Z");
		at("2026-03-09T09:01:00Z"); // the summary follows the day's question
		assertThat(summaryPosts()).hasSize(1);
	}

	@Test
	void subscribersGetTheirOwnWeekOnMonday() throws Exception {
		SlackStub.userZone("U0SELF", "UTC");
		commandIn("D0SELF", "U0SELF", "subscribe 07:00", "sub");
		at("2026-03-03T07:00:00Z");
		String delivery = deliveryId(lastQuestion("U0SELF"));
		answer("U0SELF", delivery, Answers.right(deliveredQuestion(delivery)), "self");

		at("2026-03-09T07:00:00Z");

		JsonNode week = messages("U0SELF").stream()
			.filter(m -> m.toString().contains("Your week"))
			.findFirst()
			.orElseThrow();
		assertThat(BlockKitLimits.violations(week)).isEmpty();
		assertThat(week.toString()).contains("You answered *1* question, *100%* right")
			.contains("*Predicted exam score:* not yet. After 9 more first answers")
			.contains("Readiness by domain")
			.contains("Quiz me now");
	}

	private void simulateTwoWeeks() throws Exception {
		simulateTwoWeeks(false);
	}

	private void simulateTwoWeeks(boolean examPlan) throws Exception {
		nameMembers();
		this.clock.set(Instant.parse("2026-02-23T08:00:00Z"));
		command(LEAD, "setup 09:00 UTC daily", "setup");
		if (examPlan) {
			assertThat(command(LEAD, "setup plan exam", "plan").toString())
				.contains("this channel's daily questions follow the *exam guide's*");
		}
		for (int day = 0; day < 14; day++) {
			LocalDate date = LocalDate.of(2026, 2, 23).plusDays(day);
			at(date + "T09:00:00Z");
			String delivery = deliveryId(lastQuestion(CHANNEL));
			Question question = deliveredQuestion(delivery);
			this.clock.set(Instant.parse(date + "T10:00:00Z"));
			int members = day < 7 ? 10 : 12;
			for (int m = 0; m < members; m++) {
				boolean right = day < 7 ? m < 7 : (day - 7) < RIGHTS[m];
				answer("U%02d".formatted(m), delivery, right ? Answers.right(question) : Answers.wrong(question),
						"d" + day + "m" + m);
				if (day >= 7) {
					int[] tally = this.expectedByDomain.computeIfAbsent(question.domain(), d -> new int[2]);
					tally[0]++;
					tally[1] += right ? 1 : 0;
					int[] section = this.expectedBySection.computeIfAbsent("s" + question.section(), d -> new int[2]);
					section[0]++;
					section[1] += right ? 1 : 0;
				}
			}
			if (day >= 7) {
				this.secondWeek.add(question);
			}
		}
		SlackStub.reset();
		nameMembers();
	}

	private static void nameMembers() {
		for (int m = 0; m < 12; m++) {
			SlackStub.member("U%02d".formatted(m), "America/Los_Angeles", "Member %02d".formatted(m));
		}
	}

	private String expectedFocus() {
		return weakest(this.expectedByDomain);
	}

	private static String weakest(Map<String, int[]> tallies) {
		return tallies.entrySet()
			.stream()
			.min(Comparator.comparingDouble((Map.Entry<String, int[]> e) -> (e.getValue()[1] + 1.0) / (e.getValue()[0] + 2.0))
				.thenComparing(Map.Entry::getKey))
			.orElseThrow()
			.getKey();
	}

	private void assertChartUploadedAfterTheText() {
		await().atMost(Duration.ofSeconds(5)).until(() -> !SlackStub.calls("files.completeUploadExternal").isEmpty());
		Map<String, String> getUrl = SlackStub.calls("files.getUploadURLExternal").get(0);
		assertThat(getUrl.get("filename")).isEqualTo("study-coach-week-2026-03-02.png");
		List<LoggedRequest> uploads = SlackStub.server().findAll(anyRequestedFor(urlPathMatching("/upload/F0CHART")));
		assertThat(uploads).hasSize(1);
		byte[] png = uploads.get(0).getBody();
		assertThat(png.length).isEqualTo(Integer.parseInt(getUrl.get("length")));
		assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
		Map<String, String> complete = SlackStub.calls("files.completeUploadExternal").get(0);
		assertThat(complete.get("channel_id")).isEqualTo(CHANNEL);
		assertThat(complete.get("files")).contains("F0CHART").contains("Mar 2 – Mar 8");
		List<LoggedRequest> all = SlackStub.server().getAllServeEvents().stream()
			.map(e -> e.getRequest())
			.sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
			.toList();
		int summaryAt = indexOf(all, r -> r.getUrl().startsWith("/api/chat.postMessage")
				&& java.net.URLDecoder.decode(r.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8).contains("Weekly summary"));
		int uploadAt = indexOf(all, r -> r.getUrl().startsWith("/api/files.getUploadURLExternal"));
		int completeAt = indexOf(all, r -> r.getUrl().startsWith("/api/files.completeUploadExternal"));
		assertThat(summaryAt).isLessThan(uploadAt);
		assertThat(uploadAt).isLessThan(completeAt);
	}

	private static int indexOf(List<LoggedRequest> requests, java.util.function.Predicate<LoggedRequest> match) {
		for (int i = 0; i < requests.size(); i++) {
			if (match.test(requests.get(i))) {
				return i;
			}
		}
		throw new AssertionError("No such request");
	}

	private JsonNode summaryPost() {
		List<JsonNode> posts = summaryPosts();
		assertThat(posts).hasSize(1);
		return posts.get(0);
	}

	private List<JsonNode> summaryPosts() {
		return messages(CHANNEL).stream().filter(m -> m.toString().contains("Weekly summary")).toList();
	}

}
