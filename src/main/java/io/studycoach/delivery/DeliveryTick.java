package io.studycoach.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each minute, finds what is due (questions of the day, weekly summaries, challenge questions and
 * closings) and hands each to its {@link DueHandler}, a few at a time. ShedLock keeps the tick to one instance at a time; the send
 * ledger keeps each send to once per local day even across instances and restarts.
 */
@Component
public class DeliveryTick implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryTick.class);

	private final DueIndex due;

	private final List<DueHandler> handlers;

	private final DeliveryProperties properties;

	private final Clock clock;

	private final ThreadPoolExecutor workers;

	private static final int MAX_ROUNDS = 10;

	/** Set on shutdown: queued sends are skipped (they stay due for the next instance), sends under way finish. */
	private volatile boolean stopping;

	DeliveryTick(DueIndex due, List<DueHandler> handlers, DeliveryProperties properties, Clock clock) {
		this.due = due;
		this.handlers = handlers;
		this.properties = properties;
		this.clock = clock;
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), task -> new Thread(task, "delivery-" + count.incrementAndGet()));
	}

	@Scheduled(cron = "${coach.delivery.cron:0 * * * * *}")
	// A short lockAtMostFor: an instance killed while holding the lock blocks the others only that long.
	// A tick that outlives it may overlap the next one; the send ledger keeps each send single.
	@SchedulerLock(name = "delivery-tick", lockAtMostFor = "${coach.delivery.lock-at-most-for:PT2M}",
			lockAtLeastFor = "PT1S")
	public void tick() {
		int sent = run();
		if (sent > 0) {
			logger.info("Delivery tick handled {} due channel(s) and subscriber(s)", sent);
		}
	}

	/** Handles everything due now and waits for it; returns how many targets were handled. */
	public int run() {
		int handled = 0;
		for (String team : this.due.teams()) {
			// Batches bound the work in memory; a full batch means more may be due. A target that failed
			// stays due, so the rounds are capped and the next tick picks up what is left.
			for (int round = 0; round < MAX_ROUNDS; round++) {
				List<String> targets = this.due.dueBy(team, this.clock.instant(), this.properties.batch());
				handled += runBatch(team, targets);
				if (targets.size() < this.properties.batch()) {
					break;
				}
			}
		}
		return handled;
	}

	private int runBatch(String team, List<String> targets) {
		List<Future<?>> tasks = new ArrayList<>();
		for (String target : targets) {
			tasks.add(this.workers.submit(() -> deliver(team, target)));
		}
		for (Future<?> task : tasks) {
			try {
				task.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return tasks.size();
			}
			catch (Exception ex) {
				// deliver() logs its own failures; nothing else to do here.
			}
		}
		return tasks.size();
	}

	private void deliver(String team, String target) {
		if (this.stopping) {
			return;
		}
		try {
			DueHandler handler = this.handlers.stream().filter(h -> h.handles(target)).findFirst().orElse(null);
			if (handler == null) {
				logger.warn("Nothing handles the due target kind {}; dropping it", target.split(":")[0]);
				this.due.remove(team, target);
				return;
			}
			handler.deliverDue(team, target);
		}
		catch (RuntimeException ex) {
			logger.warn("A daily question could not be sent and will be tried on the next tick: {}", ex.getMessage());
		}
	}

	/** Lets sends under way finish, and starts no new ones, so a restart does not cut a send in half. */
	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.workers.shutdown();
		if (!this.workers.awaitTermination(20, TimeUnit.SECONDS)) {
			this.workers.shutdownNow();
		}
	}

}
