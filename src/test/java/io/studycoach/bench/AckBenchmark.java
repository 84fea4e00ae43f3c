package io.studycoach.bench;

import io.studycoach.StudyCoachApplication;
import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.SocketModeStandIn;
import io.studycoach.support.TestRedis;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * B5: how long Slack waits for acknowledgements while users.info is slow, over HTTP and over Socket
 * Mode on the same run of the coach (its own JVM, Socket Mode on, WireMock as the Web API, the Socket
 * Mode stand-in as Slack's side of the connection): 40 answer clicks at once on a channel question from
 * members the coach has not seen, users.info taking 200 ms; and 12 {@code /quiz} at once from new
 * members, users.info taking 5 s. Slack gives up on an ack after 3 s.
 */
class AckBenchmark {

	private static final String TEAM = "T0ACK" + System.nanoTime() % 100_000;

	private static final String CHANNEL = "C0STUDY";

	private static final Duration WAIT = Duration.ofSeconds(60);

	@Test
	void acksWhileUsersInfoIsSlow() throws Exception {
		QuestionBank bank = new ContentLoader().load("file:content/");
		SlackStub.reset();
		Function<String, Map<String, Object>> clicks;
		try (SocketModeStandIn socket = SocketModeStandIn.launch()) {
			socket.stubConnectionsOpen();
			try (ChildApp coach = ChildApp.start(StudyCoachApplication.class.getName(), "ack",
					"--slack.bot-token=xoxb-1111-2222-testtoken", "--slack.app-token=xapp-1-A0COACH-1-benchtoken",
					"--slack.api-url=" + SlackStub.apiUrl(), "--coach.redis.url=" + TestRedis.url(),
					"--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + UUID.randomUUID())) {
				await().atMost(WAIT).until(() -> socket.hellosSent() > 0);
				SlackRequests http = new SlackRequests(coach.port);
				String delivery = channelQuestion(http);
				Question question = bank.question(
						TestRedis.connection().sync().get("sc:{" + TEAM + "}:dlv:" + delivery).split("\\|")[1]).orElseThrow();
				slowUsersInfo("U0HB", 200);
				slowUsersInfo("U0SB", 200);
				Function<String, Map<String, Object>> click = user -> Interactions.rightAnswer(TEAM, user, question,
						delivery, "b-" + user);
				clicks = click;
				warmUp(http, socket, click);
				Burst httpClicks = overHttp(40, i -> http.interaction(click.apply("U0HB" + i)));
				Burst socketClicks = overSocketMode(socket, 40, i -> socket.interactive(click.apply("U0SB" + i)));
				Figures.record("B1b", "40 answer clicks at once on a channel question, users.info 200 ms: slowest ack over HTTP",
						httpClicks.toString(), "< 1 s");
				Figures.record("B1b", "the same 40 clicks over Socket Mode (concurrency 16): slowest ack", socketClicks.toString(),
						"< 1 s");

				slowUsersInfo("U0HQ", 5_000);
				slowUsersInfo("U0SQ", 5_000);
				Burst httpQuiz = overHttp(12,
						i -> http.command(TEAM, "U0HQ" + i, "D0HQ" + i, "", SlackStub.responseUrl("q-h" + i)));
				Burst socketQuiz = overSocketMode(socket, 12, i -> socket.slashCommand(command("U0SQ" + i, "q-s" + i)));
				Figures.record("B1b", "12 /quiz at once from new members, users.info 5 s: slowest ack over HTTP",
						httpQuiz.toString(), "< 3 s (Slack's limit)");
				Figures.record("B1b", "the same 12 /quiz over Socket Mode: slowest ack", socketQuiz.toString(),
						"< 3 s (Slack's limit)");
			}
			// Before: Bolt's SocketModeApp handled one envelope at a time.
			int hellos = socket.hellosSent();
			try (ChildApp serial = ChildApp.start(StudyCoachApplication.class.getName(), "ack-serial",
					"--slack.bot-token=xoxb-1111-2222-testtoken", "--slack.app-token=xapp-1-A0COACH-1-benchtoken",
					"--slack.api-url=" + SlackStub.apiUrl(), "--coach.redis.url=" + TestRedis.url(),
					"--coach.delivery.cron=-", "--coach.delivery.stream=sc:fanout:" + UUID.randomUUID(),
					"--slack.socket-mode.concurrency=1")) {
				await().atMost(WAIT).until(() -> socket.hellosSent() > hellos && socket.openConnections() == 1);
				slowUsersInfo("U0OB", 200);
				Burst serialClicks = overSocketMode(socket, 40, i -> socket.interactive(clicks.apply("U0OB" + i)));
				Figures.record("B1b", "the same 40 clicks over Socket Mode one envelope at a time (concurrency 1, as before)",
						serialClicks.toString(), "-");
			}
		}
	}

	/**
	 * A few of everything first, clicks included, from members whose users.info answers at once: a
	 * coach that has run for a while has loaded and compiled its answer path, so the figures are not
	 * the JIT's or the class loader's.
	 */
	private static void warmUp(SlackRequests http, SocketModeStandIn socket,
			Function<String, Map<String, Object>> click) throws Exception {
		for (int round = 0; round < 3; round++) {
			int r = round;
			overHttp(20, i -> http.command(TEAM, "U0WH" + r + i, "D0WH" + i, "", SlackStub.responseUrl("w-h" + r + i)));
			overSocketMode(socket, 20, i -> socket.slashCommand(command("U0WS" + r + i, "w-s" + r + i)));
			overHttp(20, i -> http.interaction(click.apply("U0WC" + r + i)));
			overSocketMode(socket, 20, i -> socket.interactive(click.apply("U0WD" + r + i)));
		}
	}

	private static String channelQuestion(SlackRequests http) {
		assertThat(http.command(TEAM, "U0LEAD", CHANNEL, "setup 09:00 UTC", SlackStub.responseUrl("setup")).statusCode())
			.isEqualTo(200);
		await().atMost(WAIT).until(() -> !SlackStub.responses("setup").isEmpty());
		http.command(TEAM, "U0LEAD", CHANNEL, "post", SlackStub.responseUrl("post"));
		await().atMost(WAIT).until(() -> SlackStub.responses("post").toString().contains("Posted today's question"));
		return SlackPosts.deliveryId(SlackPosts.lastQuestion(CHANNEL));
	}

	private static void slowUsersInfo(String userPrefix, int millis) {
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/users.info")).atPriority(1)
			.withRequestBody(containing("user=" + userPrefix))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody(SlackStub.usersInfo(userPrefix, "Europe/Berlin")).withFixedDelay(millis)));
	}

	/** {@code count} signed requests released at once; the slowest response and the median. */
	private static Burst overHttp(int count, java.util.function.IntFunction<HttpResponse<String>> request)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Long>> took = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			took.add(pool.submit(() -> {
				go.await();
				long start = System.nanoTime();
				assertThat(request.apply(n).statusCode()).isEqualTo(200);
				return (System.nanoTime() - start) / 1_000_000;
			}));
		}
		go.countDown();
		List<Long> times = new ArrayList<>();
		for (Future<Long> each : took) {
			times.add(each.get());
		}
		pool.shutdown();
		return Burst.of(times);
	}

	/** {@code count} envelopes sent back to back; the slowest ack and the median, as the stand-in saw them. */
	private static Burst overSocketMode(SocketModeStandIn socket, int count, java.util.function.IntFunction<String> send) {
		List<String> envelopes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			envelopes.add(send.apply(i));
		}
		await().atMost(WAIT).until(() -> envelopes.stream().allMatch(socket::acked));
		return Burst.of(envelopes.stream().map(id -> socket.ack(id).millis()).toList());
	}

	private static Map<String, Object> command(String user, String responseName) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("token", "unused-verification-token");
		payload.put("team_id", TEAM);
		payload.put("team_domain", "study");
		payload.put("channel_id", "D0" + user);
		payload.put("channel_name", "directmessage");
		payload.put("user_id", user);
		payload.put("user_name", "learner");
		payload.put("command", "/quiz");
		payload.put("text", "");
		payload.put("api_app_id", "A0COACH");
		payload.put("response_url", SlackStub.responseUrl(responseName));
		payload.put("trigger_id", "1.2.3");
		return payload;
	}

	/** The slowest ack of a burst, and its median. */
	record Burst(long max, long median) {

		static Burst of(List<Long> millis) {
			List<Long> sorted = millis.stream().sorted().toList();
			return new Burst(sorted.get(sorted.size() - 1), sorted.get((sorted.size() - 1) / 2));
		}

		@Override
		public String toString() {
			return this.max + " ms (median " + this.median + " ms)";
		}

	}

	static {
		// Answers arrive within milliseconds.
		org.awaitility.Awaitility.setDefaultPollInterval(Duration.ofMillis(5));
	}

}
