package io.studycoach.delivery;

import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import io.lettuce.core.SetArgs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * One send per target per local day, across restarts and instances. A send first takes a short lease
 * ({@code SET NX PX}); success or a refusal from Slack turns the lease into a record that lasts a few
 * days, and a failure releases it so the next tick tries again the same day. A process killed mid-send
 * leaves a lease that expires, and the send is retried; the attempt note makes that retry first check
 * in Slack whether the message had gone out, so nobody gets it twice.
 */
@Component
public class SendLedger {

	static final Duration KEEP = Duration.ofDays(3);

	static final String SENDING = "sending";

	private final Redis redis;

	private final Duration lease;

	SendLedger(Redis redis, DeliveryProperties properties) {
		this.redis = redis;
		this.lease = properties.lease();
	}

	/** True when this caller may send the target's message for {@code day}. */
	public boolean claim(String teamId, String target, LocalDate day) {
		return "OK".equals(this.redis.sync()
			.set(RedisKeys.team(teamId).sent(target, day), SENDING, SetArgs.Builder.nx().px(this.lease.toMillis())));
	}

	/**
	 * True while another sender holds the target's lease for {@code day}: its send is under way, or
	 * its sender died and the lease has yet to run out. Either way the target must stay due.
	 */
	public boolean busy(String teamId, String target, LocalDate day) {
		return SENDING.equals(this.redis.sync().get(RedisKeys.team(teamId).sent(target, day)));
	}

	/**
	 * Notes that a send is about to reach Slack. If this process dies before it records the outcome,
	 * the next sender finds the note and first asks Slack whether the message got there.
	 */
	public void markAttempt(String teamId, String target, LocalDate day, Instant at) {
		this.redis.sync()
			.set(RedisKeys.team(teamId).sent(target, day) + ":try", Long.toString(at.getEpochSecond()),
					SetArgs.Builder.ex(KEEP));
	}

	/** When an earlier send of the day was attempted, if one was. */
	public Optional<Instant> attemptedAt(String teamId, String target, LocalDate day) {
		String at = this.redis.sync().get(RedisKeys.team(teamId).sent(target, day) + ":try");
		return at == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(at)));
	}

	/** Records how the day's send ended ("sent", or Slack's reason for refusing it). */
	public void complete(String teamId, String target, LocalDate day, String outcome) {
		this.redis.sync().set(RedisKeys.team(teamId).sent(target, day), outcome, SetArgs.Builder.ex(KEEP));
	}

	public void release(String teamId, String target, LocalDate day) {
		this.redis.sync().del(RedisKeys.team(teamId).sent(target, day));
	}

}
