package io.studycoach.fault;

import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coach, as its own process, is killed with SIGKILL while Slack holds two of its sends: a weekly
 * channel summary that Slack took but never answered, and a challenge question that never arrived.
 * After a restart each is in Slack exactly once: the restarted coach finds the attempt notes, asks
 * Slack's history, leaves the summary be and sends the question.
 */
class KilledMidSendTests {

	private static final String CHANNEL = "C0MIDSEND";

	private static final String LEAD = "U0LEAD";

	private static final String MEMBER = "U0MEMBER";

	private final String team = "T0MID" + System.nanoTime() % 100_000;

	private final RedisKeys keys = RedisKeys.team(this.team);

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final String stream = "sc:fanout:" + UUID.randomUUID();

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stop() {
		this.processes.forEach(Process::destroyForcibly);
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aSummaryAndAChallengeQuestionCaughtMidSendAreInSlackOnceEachAfterARestart() throws Exception {
		try (RecordingSlack slack = new RecordingSlack(0).tokenOf(this.team)) {
			slack.holdFirstPost("sum:", true);
			slack.holdFirstPost("chs:", false);
			int port = CoachProcesses.freePort();
			Process first = launch(port, slack, "first", Duration.ofSeconds(3));
			SlackRequests requests = CoachProcesses.awaitReady(port, this.team);
			Instant now = Instant.now();
			// The daily question well away from now; this week's summary is today, from midnight on.
			String later = now.plus(Duration.ofHours(6)).atZone(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm"));
			String today = now.atZone(ZoneOffset.UTC).getDayOfWeek().name().toLowerCase(Locale.ROOT);
			reply(requests, LEAD, "setup " + later + " UTC daily", "setup");
			reply(requests, LEAD, "setup summary " + today + " 00:00", "summary");
			reply(requests, LEAD, "challenge start 7d per-day 1", "challenge");
			String challenge = this.look.get(this.keys.channelChallenge(CHANNEL));

			// The summary waits in the due index for next week; move it to now, as if its time had come.
			this.look.zadd(this.keys.due(), now.getEpochSecond(), "sum:" + CHANNEL);
			await().atMost(Duration.ofSeconds(20)).until(() -> slack.held() == 1);
			// Joining sends the day's question at once. Kill as soon as both hang: the coach gives up on a
			// call after 10 seconds (and tries it again), so the kill must come well before that.
			requests.command(this.team, MEMBER, CHANNEL, "challenge join", SlackStub.responseUrl(this.team + "join"));
			await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(10)).until(() -> slack.held() == 2);
			first.destroyForcibly().waitFor();
			slack.release();
			assertThat(slack.marked("sum:" + CHANNEL)).as("Slack took the summary before the kill").hasSize(1);
			assertThat(slack.marked("chs:")).as("the question had not arrived").isEmpty();

			// Its own sends hold their targets long enough that none can overlap another, even on a slow machine.
			int second = CoachProcesses.freePort();
			launch(second, slack, "second", Duration.ofSeconds(30));
			CoachProcesses.awaitReady(second, this.team);
			LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
			String summarySent = this.keys.sent("sum:" + CHANNEL, day);
			String questionSent = this.keys.sent("chs:" + challenge + "#1:" + MEMBER, day);
			// Once the ledger says sent, no sender sends that day again: counting now is final.
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
				.until(() -> "sent".equals(this.look.get(summarySent)) && "sent".equals(this.look.get(questionSent)));

			assertThat(slack.marked("sum:" + CHANNEL)).as("weekly summaries in the channel").hasSize(1);
			assertThat(slack.marked("chs:" + challenge + "#1:" + MEMBER)).as("challenge questions to the member").hasSize(1);
			assertThat(slack.historyReads(CHANNEL)).as("the summary's history checked").isPositive();
			assertThat(slack.historyReads("D" + MEMBER.substring(1))).as("the question's history checked").isPositive();
		}
	}

	private void reply(SlackRequests requests, String user, String text, String name) {
		requests.commandReply(this.team, user, CHANNEL, text, this.team + name);
	}

	/** A coach; the first one's short lease lets the second send again within seconds of the kill. */
	private Process launch(int port, RecordingSlack slack, String name, Duration lease) throws IOException {
		Process process = CoachProcesses.launchTicking(port, slack, "killed-mid-send-" + name, this.stream, lease);
		this.processes.add(process);
		return process;
	}

}
