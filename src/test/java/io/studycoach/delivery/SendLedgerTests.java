package io.studycoach.delivery;

import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.RecordingOutbox;
import io.studycoach.support.RecordingOutbox.Kind;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link SendLedger#sendOnce} on the real Redis, with {@link RecordingOutbox} as Slack and its
 * history: the claim, a lease held by another sender, how each outcome is recorded, and the check
 * after a crash that finds a message which had reached Slack before its sender died.
 */
class SendLedgerTests {

	private static final DueTarget TARGET = DueTarget.directQuestion("U0ONE");

	private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

	private static final String MARKER = "dm:U0ONE@2026-03-03";

	private final String team = "TSL" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final RedisKeys keys = RedisKeys.team(this.team);

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final RecordingOutbox slack = new RecordingOutbox();

	/** How often the send itself ran. */
	private final AtomicInteger sends = new AtomicInteger();

	private HandWiredRedis wired;

	private SendLedger ledger;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		this.ledger = DeliveryWiring.sendLedger(this.wired.redis(), this.slack, Duration.ofMinutes(2));
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void theFirstSenderOfTheDayClaimsItAndEveryLaterOneSkips() {
		assertThat(sendOnce(this.ledger, DAY, toSlack())).isInstanceOf(SendOutcome.Sent.class);
		assertThat(sendOnce(this.ledger, DAY, toSlack())).isEqualTo(new SendOutcome.Skipped(false));

		assertThat(this.sends).hasValue(1);
		assertThat(this.slack.takenFor("U0ONE")).extracting(RecordingOutbox.Message::marker).containsExactly(MARKER);
		assertThat(this.look.get(sentKey())).isEqualTo("sent");
		assertThat(this.look.ttl(sentKey())).isBetween(SendLedger.KEEP.getSeconds() - 5, SendLedger.KEEP.getSeconds());
		assertThat(this.slack.historyChecks()).as("no earlier try, so no look into the history").isEmpty();

		// The next day is a send of its own, with a marker of its own.
		assertThat(sendOnce(this.ledger, DAY.plusDays(1), toSlack())).isInstanceOf(SendOutcome.Sent.class);
		assertThat(this.slack.takenFor("U0ONE")).extracting(RecordingOutbox.Message::marker)
			.containsExactly(MARKER, "dm:U0ONE@2026-03-04");
	}

	@Test
	void whileAnotherSenderHoldsTheLeaseTheSendIsBusyAndNotMade() {
		assertThat(this.ledger.claim(this.team, TARGET.key(), DAY)).isTrue();

		assertThat(sendOnce(this.ledger, DAY, toSlack())).isEqualTo(new SendOutcome.Skipped(true));

		assertThat(this.sends).hasValue(0);
		assertThat(this.look.get(sentKey())).isEqualTo(SendLedger.SENDING);
		assertThat(this.look.pttl(sentKey())).isBetween(1L, Duration.ofMinutes(2).toMillis());

		// Once the other sender recorded its send, the day is over rather than busy.
		this.ledger.complete(this.team, TARGET.key(), DAY, "sent");
		assertThat(sendOnce(this.ledger, DAY, toSlack())).isEqualTo(new SendOutcome.Skipped(false));
		assertThat(this.sends).hasValue(0);
	}

	@Test
	void aRefusalEndsTheDayAndAFailureOrAnErrorGivesItBack() {
		assertThat(sendOnce(this.ledger, DAY, marker -> new SendOutcome.Refused("user_disabled")))
			.isEqualTo(new SendOutcome.Refused("user_disabled"));
		assertThat(this.look.get(sentKey())).isEqualTo("user_disabled");
		assertThat(sendOnce(this.ledger, DAY, toSlack())).isEqualTo(new SendOutcome.Skipped(false));

		LocalDate next = DAY.plusDays(1);
		assertThat(sendOnce(this.ledger, next, marker -> new SendOutcome.Failed("ratelimited")))
			.isEqualTo(new SendOutcome.Failed("ratelimited"));
		assertThat(this.look.exists(this.keys.sent(TARGET.key(), next))).isZero();
		assertThatThrownBy(() -> sendOnce(this.ledger, next, marker -> {
			throw new IllegalStateException("Slack client broke");
		})).hasMessage("Slack client broke");
		assertThat(this.look.exists(this.keys.sent(TARGET.key(), next))).isZero();

		assertThat(sendOnce(this.ledger, next, toSlack())).isInstanceOf(SendOutcome.Sent.class);
		assertThat(this.sends).hasValue(1);
	}

	@Test
	void afterACrashASendThatHadReachedSlackIsNotMadeAgain() {
		Instant tried = senderDiedMidSend(true);

		assertThat(sendOnce(this.ledger, DAY, toSlack())).isEqualTo(new SendOutcome.Skipped(false));

		assertThat(this.sends).as("not sent again").hasValue(1);
		assertThat(this.slack.takenFor("U0ONE")).hasSize(1);
		assertThat(this.slack.historyChecks())
			.containsExactly(new RecordingOutbox.HistoryCheck(this.team, "U0ONE", MARKER, tried));
		assertThat(this.look.get(sentKey())).isEqualTo("sent");
		assertThat(sendOnce(this.ledger, DAY, toSlack())).isEqualTo(new SendOutcome.Skipped(false));
		assertThat(this.slack.historyChecks()).hasSize(1);
	}

	@Test
	void afterACrashASendThatNeverReachedSlackIsMadeOnce() {
		Instant tried = senderDiedMidSend(false);

		assertThat(sendOnce(this.ledger, DAY, toSlack())).isInstanceOf(SendOutcome.Sent.class);

		assertThat(this.slack.historyChecks())
			.containsExactly(new RecordingOutbox.HistoryCheck(this.team, "U0ONE", MARKER, tried));
		assertThat(this.slack.takenFor("U0ONE")).extracting(RecordingOutbox.Message::marker).containsExactly(MARKER);
		assertThat(this.look.get(sentKey())).isEqualTo("sent");
	}

	/**
	 * A sender with a short lease claims the day and notes its try; Slack takes its message or not; it
	 * dies before recording anything, and its lease runs out. Returns when the try was noted (the ledger
	 * keeps whole seconds).
	 */
	private Instant senderDiedMidSend(boolean slackTookIt) {
		SendLedger dying = DeliveryWiring.sendLedger(this.wired.redis(), this.slack, Duration.ofMillis(300));
		assertThat(dying.claim(this.team, TARGET.key(), DAY)).isTrue();
		Instant tried = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		dying.markAttempt(this.team, TARGET.key(), DAY, tried);
		if (slackTookIt) {
			toSlack().apply(SendLedger.marker(TARGET, DAY));
		}
		leaseRunsOut();
		return tried;
	}

	private void leaseRunsOut() {
		await().atMost(Duration.ofSeconds(5)).until(() -> this.look.exists(sentKey()) == 0);
		assertThat(this.look.exists(this.keys.sentAttempt(TARGET.key(), DAY))).as("the try's note outlives the lease")
			.isOne();
	}

	private SendOutcome sendOnce(SendLedger sender, LocalDate day, Function<String, SendOutcome> send) {
		return sender.sendOnce(this.team, TARGET, day, "U0ONE", send);
	}

	/** The send: the DM to Slack, carrying the marker it is given. */
	private Function<String, SendOutcome> toSlack() {
		return marker -> {
			this.sends.incrementAndGet();
			return this.slack.post(Kind.DIRECT_QUESTION, this.team, "U0ONE", marker, "question");
		};
	}

	private String sentKey() {
		return this.keys.sent(TARGET.key(), DAY);
	}

}
