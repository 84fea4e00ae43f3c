package io.studycoach.fault;

import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coach, as its own process, is killed with SIGKILL in the middle of a daily fan-out and started
 * again: every subscriber gets exactly one DM. The restarted process finds the interrupted sends by
 * their attempt notes and asks Slack's history before resending any of them.
 */
class KilledMidFanOutTests {

	private static final int SUBSCRIBERS = 40;

	private final List<Process> processes = new ArrayList<>();

	private final String stream = java.util.UUID.randomUUID().toString();

	@AfterEach
	void stop() {
		this.processes.forEach(Process::destroyForcibly);
	}

	@Test
	void everySubscriberGetsExactlyOneDmAcrossAKillAndARestart() throws Exception {
		String team = "T0KILL" + System.nanoTime() % 100_000;
		try (RecordingSlack slack = new RecordingSlack(150).tokenOf(team).zone(CoachProcesses.middayZone())) {
			int port = CoachProcesses.freePort();
			Process first = launch(port, slack, "first", Duration.ofSeconds(3));
			SlackRequests requests = CoachProcesses.awaitReady(port, team);
			String time = CoachProcesses.MIDNIGHT;
			for (int i = 0; i < SUBSCRIBERS; i++) {
				String user = "U0K%03d".formatted(i);
				assertThat(requests.command(team, user, "D0K" + i, "subscribe " + time + " daily",
						SlackStub.responseUrl("sub")).statusCode()).isEqualTo(200);
			}
			List<String> users = IntStream.range(0, SUBSCRIBERS).mapToObj("U0K%03d"::formatted).toList();
			LocalDate day = CoachProcesses.dueNow(team, users, slack.zone());
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20)).until(() -> slack.total() >= 6);
			first.destroyForcibly().waitFor();
			int beforeRestart = slack.total();
			assertThat(beforeRestart).as("killed mid-way").isLessThan(SUBSCRIBERS);

			// The wait for the DMs starts once the second coach is up: its start alone can take a minute
			// where other builds share the machine. Its own sends hold their targets long enough that none
			// can overlap another, even on a slow machine.
			int second = CoachProcesses.freePort();
			launch(second, slack, "second", Duration.ofSeconds(30));
			CoachProcesses.awaitReady(second, team);
			// Once the ledger says sent, no sender sends that day again: counting now is final.
			// A send the killed coach held comes due again within the lease of the coach that offered it (30 s at most).
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
				.until(() -> CoachProcesses.allDirectQuestionsSent(team, users, day));

			Map<String, Integer> counts = slack.dmCounts();
			for (int i = 0; i < SUBSCRIBERS; i++) {
				assertThat(counts.get("U0K%03d".formatted(i))).as("DMs to U0K%03d".formatted(i)).isEqualTo(1);
			}
		}
	}

	/** A coach; the first one's short lease lets the second send again within seconds of the kill. */
	private Process launch(int port, RecordingSlack slack, String name, Duration lease) throws IOException {
		Process process = CoachProcesses.launchTicking(port, slack, "killed-mid-fan-out-" + name,
				"sc:fanout:" + this.stream, lease);
		this.processes.add(process);
		return process;
	}

}
