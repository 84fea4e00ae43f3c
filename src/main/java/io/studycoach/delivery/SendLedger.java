package io.studycoach.delivery;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.studycoach.progress.RedisKeys;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * One send per target per local day, across restarts and instances. A send first takes a short lease
 * ({@code SET NX PX}); success or a refusal from Slack turns the lease into a record that lasts a few
 * days, and a failure releases it so the next tick tries again the same day. A process killed mid-send
 * leaves a lease that expires, and the send is retried.
 */
@Component
public class SendLedger {

	static final Duration LEASE = Duration.ofMinutes(2);

	static final Duration KEEP = Duration.ofDays(3);

	static final String SENDING = "sending";

	private final StatefulRedisConnection<String, String> redis;

	SendLedger(StatefulRedisConnection<String, String> redis) {
		this.redis = redis;
	}

	/** True when this caller may send the target's message for {@code day}. */
	public boolean claim(String teamId, String target, LocalDate day) {
		return "OK".equals(this.redis.sync()
			.set(RedisKeys.team(teamId).sent(target, day), SENDING, SetArgs.Builder.nx().px(LEASE.toMillis())));
	}

	/** Records how the day's send ended ("sent", or Slack's reason for refusing it). */
	public void complete(String teamId, String target, LocalDate day, String outcome) {
		this.redis.sync().set(RedisKeys.team(teamId).sent(target, day), outcome, SetArgs.Builder.ex(KEEP));
	}

	public void release(String teamId, String target, LocalDate day) {
		this.redis.sync().del(RedisKeys.team(teamId).sent(target, day));
	}

	public String outcome(String teamId, String target, LocalDate day) {
		return this.redis.sync().get(RedisKeys.team(teamId).sent(target, day));
	}

}
