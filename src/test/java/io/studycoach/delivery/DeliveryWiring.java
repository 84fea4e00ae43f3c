package io.studycoach.delivery;

import io.studycoach.redis.Redis;

import java.time.Clock;
import java.time.Duration;

/** The delivery package's stores and send ledger made by hand, for tests in other packages (their constructors are package-private). */
public final class DeliveryWiring {

	private DeliveryWiring() {
	}

	public static ChannelStore channelStore(Redis redis) {
		return new ChannelStore(redis);
	}

	public static SubscriptionStore subscriptionStore(Redis redis) {
		return new SubscriptionStore(redis);
	}

	public static DueIndex dueIndex(Redis redis) {
		return new DueIndex(redis, properties(Duration.ofMinutes(2)));
	}

	private static DeliveryProperties properties(Duration lease) {
		return new DeliveryProperties("-", 8, 5000, lease, 20, Duration.ofMinutes(1), "sc:fanout", 5);
	}

	/** A ledger whose sends hold their target for {@code lease}; {@code history} answers the check after a crash. */
	public static SendLedger sendLedger(Redis redis, SentMessages history, Duration lease) {
		return new SendLedger(redis, properties(lease), history, workspaceBreaker());
	}

	/**
	 * A breaker that has seen no refusal and whose probe says every token works: a single refusal is
	 * acted on, as in a workspace that otherwise works.
	 */
	public static WorkspaceBreaker workspaceBreaker() {
		org.springframework.beans.factory.support.StaticListableBeanFactory beans = new org.springframework.beans.factory.support.StaticListableBeanFactory();
		beans.addBean("probe", (WorkspaceProbe) team -> true);
		return new WorkspaceBreaker(new HoldProperties(5, Duration.ofMinutes(2), Duration.ofMinutes(1)), Clock.systemUTC(),
				beans.getBeanProvider(WorkspaceProbe.class));
	}

}
