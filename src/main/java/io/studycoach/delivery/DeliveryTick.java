package io.studycoach.delivery;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each minute, finds what is due (questions of the day, weekly summaries, challenge questions and
 * closings) and splits it into work items on the fan-out stream, which every instance's
 * {@link FanOutWorkers} read. ShedLock keeps the tick to one instance at a time; the send ledger
 * keeps each send to once per local day even across instances and restarts.
 */
@Component
public class DeliveryTick {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryTick.class);

	/** Caps one tick's rounds per workspace; what is left waits for the next tick. */
	private static final int MAX_ROUNDS = 100;

	private static final Duration POLL = Duration.ofMillis(10);

	private final DueIndex due;

	private final FanOutQueue queue;

	private final FanOutWorkers workers;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final ServedTeams served;

	private final WorkspaceBreaker breaker;

	DeliveryTick(DueIndex due, FanOutQueue queue, FanOutWorkers workers, DeliveryProperties properties, Clock clock,
			ServedTeams served, WorkspaceBreaker breaker) {
		this.served = served;
		this.breaker = breaker;
		this.due = due;
		this.queue = queue;
		this.workers = workers;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${coach.delivery.cron:0 * * * * *}")
	// A short lockAtMostFor: an instance killed while holding the lock blocks the others only that long.
	// A tick that outlives it may overlap the next one; the send ledger keeps each send single.
	@SchedulerLock(name = "delivery-tick", lockAtMostFor = "${coach.delivery.lock-at-most-for:PT2M}",
			lockAtLeastFor = "PT1S")
	public void tick() {
		Handed handed = handOut();
		if (handed.targets() > 0) {
			logger.info("Delivery tick handed {} due target(s) to the fan-out in {} work item(s)", handed.targets(),
					handed.items().size());
		}
	}

	/**
	 * Hands out everything due now and waits until it is done, by whichever instances; returns how many
	 * targets were handed out. For the sandbox's "next day" and for tests; the scheduler does not wait.
	 */
	public int run() {
		Handed handed = handOut();
		if (!handed.items().isEmpty()) {
			String first = handed.items().get(0);
			String last = handed.items().get(handed.items().size() - 1);
			while (!this.queue.doneThrough(first, last) && !this.workers.stopping()) {
				sleep();
			}
		}
		return handed.targets();
	}

	private Handed handOut() {
		List<String> items = new ArrayList<>();
		int targets = 0;
		for (String team : this.due.teams()) {
			// Another workspace's work is not this coach's to send; a held one's stays due until Slack takes it again.
			if (!this.served.serves(team) || this.breaker.stillHeld(team)) {
				continue;
			}
			for (int round = 0; round < MAX_ROUNDS; round++) {
				Instant now = this.clock.instant();
				List<String> dueNow = this.due.dueBy(team, now, this.properties.batch());
				if (dueNow.isEmpty()) {
					break;
				}
				// Out of the due window first, so a crash between the two loses nothing: the targets come
				// due again when the lease ends.
				Instant until = now.plus(this.properties.lease());
				this.due.postpone(team, dueNow, until);
				int size = chunkSize(dueNow.size());
				for (int from = 0; from < dueNow.size(); from += size) {
					List<String> chunk = dueNow.subList(from, Math.min(dueNow.size(), from + size));
					items.add(this.queue.add(team, chunk, now, until));
				}
				targets += dueNow.size();
				if (dueNow.size() < this.properties.batch()) {
					break;
				}
			}
		}
		return new Handed(targets, items);
	}

	/** Small fan-outs still make at least a worker's worth of items, so they spread out too. */
	private int chunkSize(int targets) {
		int spread = (targets + this.properties.workers() - 1) / this.properties.workers();
		return Math.max(1, Math.min(this.properties.chunk(), spread));
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the fan-out", ex);
		}
	}

	private record Handed(int targets, List<String> items) {
	}

}
