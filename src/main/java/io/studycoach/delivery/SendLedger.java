package io.studycoach.delivery;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One send per target per local day, across restarts and instances. A send first takes a short lease
 * ({@code SET NX PX}); success or a refusal from Slack turns the lease into a record that lasts a few
 * days, and a failure releases it so the next tick tries again the same day. A process killed mid-send
 * leaves a lease that expires, and the send is retried; the attempt note makes that retry first check
 * in Slack whether the message had gone out, so nobody gets it twice. A workspace held by the
 * {@link WorkspaceBreaker} sends nothing, and a refusal is recorded (and so acted on) only when the
 * workspace is known to work otherwise.
 */
@Component
public class SendLedger {

	private static final Logger logger = LoggerFactory.getLogger(SendLedger.class);

	static final Duration KEEP = Duration.ofDays(3);

	static final String SENDING = "sending";

	private static final RedisScript START = RedisScript.load("redis/ledger-start.lua");

	private final Redis redis;

	private final Duration lease;

	private final SentMessages sentMessages;

	private final WorkspaceBreaker breaker;

	SendLedger(Redis redis, DeliveryProperties properties, SentMessages sentMessages, WorkspaceBreaker breaker) {
		this.breaker = breaker;
		this.redis = redis;
		this.sentMessages = sentMessages;
		this.lease = properties.lease();
	}

	/**
	 * Sends the target's message for {@code day} at most once, whoever else tries: takes the lease,
	 * asks Slack's history first when an earlier sender died mid-send, notes the attempt, sends, and
	 * records the outcome (a failure releases the lease so a later tick retries).
	 * @param destination the channel or user the message goes to, for the history check
	 * @param send posts the message; it receives the marker to carry as metadata
	 */
	public SendOutcome sendOnce(String teamId, DueTarget target, LocalDate day, String destination,
			Function<String, SendOutcome> send) {
		String key = target.key();
		if (this.breaker.onHold(teamId)) {
			return new SendOutcome.Failed("the workspace's sends are held");
		}
		// Wall-clock time, not the coach's clock: it is compared with Slack's own message times.
		Start start = start(teamId, key, day, Instant.now());
		if (!start.taken()) {
			return new SendOutcome.Skipped(start.busy());
		}
		String marker = marker(target, day);
		Optional<Instant> attempted = start.attempted();
		if (attempted.isPresent()) {
			if (this.sentMessages.alreadyPosted(teamId, destination, marker, attempted.get())) {
				logger.info("A send interrupted mid-way had reached Slack; not sending it again ({})", target.kind());
				complete(teamId, key, day, "sent");
				return new SendOutcome.Skipped(false);
			}
			markAttempt(teamId, key, day, Instant.now());
		}
		SendOutcome outcome;
		try {
			outcome = send.apply(marker);
		}
		catch (RuntimeException ex) {
			release(teamId, key, day);
			throw ex;
		}
		if (outcome instanceof SendOutcome.Refused refused && !this.breaker.confirms(teamId)) {
			// Nothing else of the workspace works lately: the refusal may point at the settings, not at this
			// channel or member. The day stays unsent and the target due; it is acted on once the workspace works.
			logger.info("A refusal ({}) is not acted on until the workspace is seen to work", refused.error());
			outcome = new SendOutcome.Failed(refused.error());
		}
		if (outcome instanceof SendOutcome.Sent) {
			complete(teamId, key, day, "sent");
		}
		else if (outcome instanceof SendOutcome.Refused refused) {
			complete(teamId, key, day, refused.error());
		}
		else {
			release(teamId, key, day);
		}
		return outcome;
	}

	/** Names one send (target and day); it travels with the message as metadata. */
	public static String marker(DueTarget target, LocalDate day) {
		return target.key() + "@" + day;
	}

	/**
	 * Takes the lease and reads the attempt note in one round trip; with no note, writes one at
	 * {@code now} (as {@link #markAttempt} would before the send), since the send follows at once.
	 */
	Start start(String teamId, String target, LocalDate day, Instant now) {
		RedisKeys keys = RedisKeys.team(teamId);
		List<Object> reply = START.run(this.redis.sync(), ScriptOutputType.MULTI,
				new String[] { keys.sent(target, day), keys.sentAttempt(target, day) }, Long.toString(this.lease.toMillis()),
				Long.toString(now.getEpochSecond()), Long.toString(KEEP.toSeconds()));
		boolean taken = ((Number) reply.get(0)).longValue() == 1;
		Object value = reply.size() > 1 ? reply.get(1) : null;
		if (!taken) {
			return new Start(false, SENDING.equals(value), Optional.empty());
		}
		return new Start(true, false,
				value == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(value.toString()))));
	}

	/**
	 * How taking the lease went.
	 * @param busy not taken because another sender holds it
	 * @param attempted when an earlier sender of the day reached for Slack, if one did
	 */
	record Start(boolean taken, boolean busy, Optional<Instant> attempted) {
	}

	/** True when this caller may send the target's message for {@code day}. */
	boolean claim(String teamId, String target, LocalDate day) {
		return "OK".equals(this.redis.sync()
			.set(RedisKeys.team(teamId).sent(target, day), SENDING, SetArgs.Builder.nx().px(this.lease.toMillis())));
	}

	/**
	 * Notes that a send is about to reach Slack. If this process dies before it records the outcome,
	 * the next sender finds the note and first asks Slack whether the message got there.
	 */
	void markAttempt(String teamId, String target, LocalDate day, Instant at) {
		this.redis.sync()
			.set(RedisKeys.team(teamId).sentAttempt(target, day), Long.toString(at.getEpochSecond()),
					SetArgs.Builder.ex(KEEP));
	}

	/** Records how the day's send ended ("sent", or Slack's reason for refusing it). */
	void complete(String teamId, String target, LocalDate day, String outcome) {
		this.redis.sync().set(RedisKeys.team(teamId).sent(target, day), outcome, SetArgs.Builder.ex(KEEP));
	}

	void release(String teamId, String target, LocalDate day) {
		this.redis.sync().del(RedisKeys.team(teamId).sent(target, day));
	}

}
