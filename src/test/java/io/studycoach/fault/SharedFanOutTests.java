package io.studycoach.fault;

import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances, as separate processes on one Redis, share a daily fan-out through the stream's
 * consumer group; one is killed with SIGKILL midway. The other claims the dead one's unfinished
 * work items (XAUTOCLAIM) and every subscriber gets exactly one DM. The two instances have bot
 * tokens of their own, so the DMs show which instance sent them.
 */
class SharedFanOutTests {

	private static final int SUBSCRIBERS = 120;

	private static final String DOOMED_TOKEN = "xoxb-1111-3333-doomed";

	private final List<Process> processes = new ArrayList<>();

	private final String stream = "sc:fanout:" + UUID.randomUUID();

	@AfterEach
	void stop() {
		this.processes.forEach(Process::destroyForcibly);
	}

	@Test
	void twoInstancesShareTheFanOutAndTheSurvivorFinishesTheKilledOnesWork() throws Exception {
		String team = "T0SHARE" + System.nanoTime() % 100_000;
		try (RecordingSlack slack = new RecordingSlack(100).tokenOf(team).zone(CoachProcesses.middayZone())) {
			int port = CoachProcesses.freePort();
			// The survivor's sends hold their targets long enough that none can overlap another, even on a slow
			// machine; the doomed one's short lease lets the survivor take over its sends soon after the kill.
			launch(port, slack, "survivor", CoachProcesses.BOT_TOKEN, Duration.ofSeconds(30));
			Process doomed = launch(CoachProcesses.freePort(), slack, "doomed", DOOMED_TOKEN, Duration.ofSeconds(3));
			SlackRequests requests = CoachProcesses.awaitReady(port, team);
			String time = CoachProcesses.MIDNIGHT;
			for (int i = 0; i < SUBSCRIBERS; i++) {
				assertThat(requests.command(team, user(i), "D0S" + i, "subscribe " + time + " daily",
						SlackStub.responseUrl("sub")).statusCode()).isEqualTo(200);
			}
			List<String> users = IntStream.range(0, SUBSCRIBERS).mapToObj(SharedFanOutTests::user).toList();
			LocalDate day = CoachProcesses.dueNow(team, users, slack.zone());
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(10))
				.until(() -> slack.postsWith(DOOMED_TOKEN) >= 8 && slack.postsWith(CoachProcesses.BOT_TOKEN) >= 8);
			doomed.destroyForcibly().waitFor();
			long sentByDoomed = slack.postsWith(DOOMED_TOKEN);
			assertThat(slack.total()).as("killed midway").isLessThan(SUBSCRIBERS);

			// Once the ledger says sent, no sender sends that day again: counting now is final.
			// A send the killed coach held comes due again within the lease of the coach that offered it (30 s at most).
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
				.until(() -> CoachProcesses.allDirectQuestionsSent(team, users, day));

			Map<String, Integer> counts = slack.dmCounts();
			for (int i = 0; i < SUBSCRIBERS; i++) {
				assertThat(counts.get(user(i))).as("DMs to " + user(i)).isEqualTo(1);
			}
			assertThat(sentByDoomed).as("the killed instance did its share first").isPositive();
			assertThat(Files.readString(Path.of("target", "shared-fan-out-survivor.log")))
				.contains("Claimed").contains("fan-out work item(s) left by an instance that went quiet");
		}
	}

	private Process launch(int port, RecordingSlack slack, String name, String token, Duration lease)
			throws IOException {
		// A short claim time and small work items, so that both instances get some and the test need not
		// wait minutes for the claim.
		Process process = CoachProcesses.launchTicking(port, slack, "shared-fan-out-" + name, this.stream,
				lease, "--coach.delivery.claim-after=2s", "--coach.delivery.chunk=5",
				"--slack.bot-token=" + token);
		this.processes.add(process);
		return process;
	}

	private static String user(int i) {
		return "U0S%03d".formatted(i);
	}

}
