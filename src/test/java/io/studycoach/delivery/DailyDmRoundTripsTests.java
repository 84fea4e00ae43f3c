package io.studycoach.delivery;

import io.studycoach.progress.ProfileCache;
import io.studycoach.progress.ProgressReader;
import io.studycoach.progress.UserProfile;
import io.studycoach.quiz.QuizService;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.MutableClock;
import io.studycoach.support.SlackPosts;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;
import io.studycoach.support.WireTurns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis round trips of one daily DM, counted on the wire by a relay between the coach and Redis
 * ({@link WireTurns}): the fan-out sends thousands at once, and each round trip is a wait on
 * Redis that a worker cannot use, so their number sets how many DMs a worker hands to Slack a second
 * (benchmark B2). The count is pinned so that a feature adding a read or a write to the send path
 * says so here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "slack.bot-token=xoxb-1111-2222-testtoken", "slack.signing-secret=" + SlackRequests.SIGNING_SECRET })
@Import(CoachIntegrationTest.TestClockConfiguration.class)
class DailyDmRoundTripsTests {

	private static final WireTurns wire = WireTurns.toTestRedis();

	@Autowired
	private DirectQuestions direct;

	@Autowired
	private SubscriptionStore subscriptions;

	@Autowired
	private DueIndex due;

	@Autowired
	private ProfileCache profiles;

	@Autowired
	private ServedTeams served;

	@Autowired
	private ProgressReader progress;

	@Autowired
	private QuizService quiz;

	@Autowired
	private MutableClock clock;

	private String team;

	@DynamicPropertySource
	static void coachProperties(DynamicPropertyRegistry registry) {
		CoachIntegrationTest.testSettings(registry);
		registry.add("coach.redis.url", wire::url);
	}

	@BeforeEach
	void setUp() {
		SlackStub.reset();
		this.clock.set(Instant.parse("2026-03-03T08:00:30Z"));
		this.team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		TestRedis.connection().sync().del("sc:teams");
		this.served.serveOnly(this.team);
	}

	/**
	 * Measured on the wire: 7 round trips, 6 of them one after another on the shared connection.
	 * <ol>
	 * <li>the subscription and the cached profile (HGETALL + GET, sent together)</li>
	 * <li>the send ledger's lease and attempt note (one script, ledger-start.lua)</li>
	 * <li>the learner's progress (HGETALL stats + ZRANGE answered + HGETALL reviews, sent together) and</li>
	 * <li>their study days (GET, on the binary connection, at the same time as 3)</li>
	 * <li>the pick, the delivery and the shown note (HINCRBY + SET + ZADD + ZREMRANGEBYSCORE, together)</li>
	 * <li>the ledger's record of the send (SET)</li>
	 * <li>the next send (SADD + ZADD, together)</li>
	 * </ol>
	 * Before they were sent together and the ledger's three steps made one script, the same send took
	 * 14 (each command a round trip of its own but the progress reads). The fewest of three sends is
	 * taken, in case a stalled thread splits a group on a busy machine.
	 */
	private static final int ROUND_TRIPS_PER_DM = 7;

	@Test
	void aDailyDmToANewSubscriberTakesSevenRoundTrips() {
		subscribe("U0WARM");
		send("U0WARM"); // loads the scripts into Redis and warms the caches of the bank
		List<List<WireTurns.Turn>> sends = new ArrayList<>();
		for (String user : List.of("U0NEW1", "U0NEW2", "U0NEW3")) {
			subscribe(user);
			sends.add(send(user));
			assertThat(SlackPosts.questions(user)).hasSize(1);
		}

		assertFewest(sends);
	}

	@Test
	void aDailyDmToALearnerWithHistoryAndAnExamDateTakesSevenRoundTrips() {
		subscribe("U0WARM");
		send("U0WARM");
		List<String> learners = List.of("U0OLD1", "U0OLD2", "U0OLD3");
		this.clock.set(Instant.parse("2026-03-02T08:00:30Z"));
		for (String user : learners) {
			subscribe(user);
			this.progress.setExamDate(this.team, user, Optional.of(LocalDate.parse("2026-03-30")),
					LocalDate.parse("2026-03-02"));
			send(user);
			String delivery = SlackPosts.deliveryId(SlackPosts.message(SlackPosts.questions(user).get(0)));
			this.quiz.answer(this.team, user, delivery, Set.of('A'), ZoneOffset.UTC);
		}
		wire.awaitQuiet(); // the answers' own work in the background (readiness, question figures) is over
		this.clock.set(Instant.parse("2026-03-03T08:00:30Z"));

		List<List<WireTurns.Turn>> sends = new ArrayList<>();
		for (String user : learners) {
			sends.add(send(user));
			assertThat(SlackPosts.questions(user)).hasSize(2);
			assertThat(SlackPosts.message(SlackPosts.questions(user).get(1)).toString()).contains("27 days to your exam");
		}

		assertFewest(sends);
	}

	private static void assertFewest(List<List<WireTurns.Turn>> sends) {
		List<WireTurns.Turn> fewest = sends.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
		assertThat(fewest).as("Redis round trips of one daily DM (#connection commands):%n%s",
				String.join("\n", fewest.stream().map(Object::toString).toList())).hasSize(ROUND_TRIPS_PER_DM);
	}

	private void subscribe(String user) {
		this.subscriptions.save(this.team, new Subscription(user, new SendSchedule(LocalTime.of(8, 0), StudyDays.DAILY)));
		this.profiles.put(this.team, user, new UserProfile(ZoneOffset.UTC, false, false));
		this.due.schedule(this.team, DueTarget.directQuestion(user), this.clock.instant().minusSeconds(1));
	}

	/** The turns of one send as a fan-out worker makes it, but for the fan-out reader's own. */
	private List<WireTurns.Turn> send(String user) {
		wire.reset();
		this.direct.deliverDue(this.team, DueTarget.directQuestion(user));
		return wire.coachTurns();
	}

}
