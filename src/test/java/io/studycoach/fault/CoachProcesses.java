package io.studycoach.fault;

import io.studycoach.StudyCoachApplication;
import io.studycoach.delivery.DueTarget;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The coach started as separate JVMs on the test's Redis, the way several instances run behind a
 * load balancer, so that one can be killed with SIGKILL. The caller destroys them.
 */
final class CoachProcesses {

	private CoachProcesses() {
	}

	static final String BOT_TOKEN = "xoxb-1111-2222-testtoken";

	/**
	 * Starts the coach on {@code port}, talking to {@code slack}, logging to target/{@code log}.log.
	 * {@code settings} may name another bot token.
	 */
	static Process launch(int port, RecordingSlack slack, String log, String... settings) throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				StudyCoachApplication.class.getName(), "--server.port=" + port,
				"--slack.signing-secret=" + SlackRequests.SIGNING_SECRET,
				"--slack.api-url=" + slack.apiUrl(), "--coach.redis.url=" + TestRedis.url(),
				"--coach.slack.retry.posts-per-minute=0", "--coach.slack.retry.channel-spacing=0s"));
		command.addAll(List.of(settings));
		if (command.stream().noneMatch(arg -> arg.startsWith("--slack.bot-token="))) {
			command.add("--slack.bot-token=" + BOT_TOKEN);
		}
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File("target", log + ".log"))
			.start();
	}

	/**
	 * Starts the coach with its delivery tick every second, four workers, the fan-out stream
	 * {@code stream} and sends holding their target for {@code lease} (a few seconds, so that a killed
	 * instance's sends come back soon); {@code settings} add to these.
	 */
	static Process launchTicking(int port, RecordingSlack slack, String log, String stream, Duration lease,
			String... settings) throws IOException {
		List<String> all = new ArrayList<>(List.of("--coach.delivery.cron=* * * * * *",
				"--coach.delivery.lease=" + lease.toMillis() + "ms", "--coach.delivery.workers=4",
				"--coach.delivery.lock-at-most-for=PT3S", "--coach.delivery.stream=" + stream));
		all.addAll(List.of(settings));
		return launch(port, slack, log, all.toArray(String[]::new));
	}

	/**
	 * Waits until the coach on {@code port} answers signed requests: about ten seconds on an idle
	 * machine, up to two minutes where other builds share its two cores.
	 */
	static SlackRequests awaitReady(int port, String team) {
		SlackRequests requests = new SlackRequests(port);
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
			.until(() -> requests.command(team, "U0PING", "D0PING", "help", SlackStub.responseUrl("ping")).statusCode() == 200);
		return requests;
	}

	/**
	 * The time of day to subscribe at, for DMs that {@link #dueNow} then makes due: midnight in the
	 * members' zone ({@link #middayZone}) passed hours ago, so a due DM is today's, and the day cannot
	 * change while a test runs. Subscribing at the coming minute left too little time for 120
	 * subscriptions on a busy machine, and the late ones were scheduled for tomorrow.
	 */
	static final String MIDNIGHT = "00:00";

	/** A zone where it is about midday now, to give the members so no test runs across their midnight. */
	static String middayZone() {
		int offset = 12 - Instant.now().atZone(ZoneOffset.UTC).getHour();
		return offset == 0 ? "UTC" : offset > 0 ? "Etc/GMT-" + offset : "Etc/GMT+" + -offset;
	}

	/** Moves each user's daily DM to now in the due index, as if its time had come; returns today in {@code zone}. */
	static LocalDate dueNow(String team, List<String> users, String zone) {
		Instant now = Instant.now();
		RedisKeys keys = RedisKeys.team(team);
		users.forEach(user -> TestRedis.connection().sync().zadd(keys.due(), now.getEpochSecond(),
				DueTarget.directQuestion(user).key()));
		return now.atZone(ZoneId.of(zone)).toLocalDate();
	}

	/**
	 * Whether the send ledger has recorded each user's daily DM of {@code day} as sent. From then on no
	 * sender sends it again that day, so a count of DMs taken afterwards is final, provided the coach that
	 * sends holds its targets longer than a post takes (the restarted or surviving coach's lease).
	 */
	static boolean allDirectQuestionsSent(String team, List<String> users, LocalDate day) {
		RedisKeys keys = RedisKeys.team(team);
		return users.stream()
			.map(user -> keys.sent(DueTarget.directQuestion(user).key(), day))
			.allMatch(key -> "sent".equals(TestRedis.connection().sync().get(key)));
	}

	/**
	 * Starts the coach as an operator would, from environment variables only: no Slack or Redis setting
	 * is added, and none is inherited from this JVM's environment. Logs to target/{@code log}.log.
	 */
	static Process launchWithEnvironment(String log, Map<String, String> environment) throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				StudyCoachApplication.class.getName());
		builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("REDIS_")
				|| name.startsWith("COACH_"));
		builder.environment().putAll(environment);
		return builder.redirectErrorStream(true).redirectOutput(new File("target", log + ".log")).start();
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
