package io.studycoach.delivery;

import io.lettuce.core.RedisCommandExecutionException;
import io.studycoach.redis.Redis;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's share of the fan-out: one reader takes as many work items from the stream as it
 * has idle workers, and now and then claims the items of a consumer that went quiet (its instance
 * died). Every instance runs one, so adding instances adds senders. An item is acknowledged only
 * once all its targets were handled; the send ledger makes a second run of a target harmless.
 */
@Component
class FanOutWorkers implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(FanOutWorkers.class);

	private static final Duration BLOCK = Duration.ofSeconds(1);

	/** A consumer holding nothing and quiet this long belonged to an instance that has stopped. */
	private static final Duration FORGET_CONSUMERS_AFTER = Duration.ofHours(1);

	private final FanOutQueue queue;

	private final List<DueHandler> handlers;

	private final DueIndex due;

	private final DeliveryProperties properties;

	private final Redis redis;

	private final String consumer = consumerName();

	private volatile boolean running;

	/** Set on shutdown: targets not yet started are left to another instance; sends under way finish. */
	private volatile boolean stopping;

	private ThreadPoolExecutor workers;

	private Semaphore idle;

	private Thread reader;

	private Redis blocking;

	private final ServedTeams served;

	private final WorkspaceBreaker breaker;

	FanOutWorkers(FanOutQueue queue, List<DueHandler> handlers, DueIndex due, DeliveryProperties properties,
			Redis redis, ServedTeams served, WorkspaceBreaker breaker) {
		this.served = served;
		this.breaker = breaker;
		this.queue = queue;
		this.handlers = handlers;
		this.due = due;
		this.properties = properties;
		this.redis = redis;
	}

	@Override
	public void start() {
		this.queue.ensureGroup();
		AtomicInteger count = new AtomicInteger();
		this.workers = new ThreadPoolExecutor(this.properties.workers(), this.properties.workers(), 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), task -> new Thread(task, "delivery-" + count.incrementAndGet()));
		this.idle = new Semaphore(this.properties.workers());
		// XREADGROUP ... BLOCK holds its connection; the shared one must stay free for everyone else.
		this.blocking = this.redis.dedicated();
		this.running = true;
		this.reader = new Thread(this::readLoop, "fan-out-reader");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void readLoop() {
		long nextClaim = 0;
		long nextCleanUp = 0;
		while (this.running) {
			int held = 0;
			try {
				this.idle.acquire();
				held = 1 + this.idle.drainPermits();
				List<FanOutQueue.WorkItem> items = List.of();
				if (System.currentTimeMillis() >= nextClaim) {
					items = this.queue.claim(this.consumer, this.properties.claimAfter(), held);
					nextClaim = System.currentTimeMillis() + Math.max(1000, this.properties.claimAfter().toMillis() / 2);
					if (!items.isEmpty()) {
						logger.info("Claimed {} fan-out work item(s) left by an instance that went quiet", items.size());
					}
					if (System.currentTimeMillis() >= nextCleanUp) {
						this.queue.forgetQuietConsumers(FORGET_CONSUMERS_AFTER);
						nextCleanUp = System.currentTimeMillis() + FORGET_CONSUMERS_AFTER.toMillis() / 4;
					}
				}
				if (items.isEmpty() && this.running) {
					items = this.queue.read(this.blocking, this.consumer, held, BLOCK);
				}
				for (FanOutQueue.WorkItem item : items) {
					held--;
					this.workers.execute(() -> {
						try {
							process(item);
						}
						finally {
							this.idle.release();
						}
					});
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (this.running) {
					onReadFailure(ex);
				}
			}
			finally {
				if (held > 0) {
					this.idle.release(held);
				}
			}
		}
	}

	private void onReadFailure(RuntimeException ex) {
		if (ex instanceof RedisCommandExecutionException && String.valueOf(ex.getMessage()).startsWith("NOGROUP")) {
			this.queue.ensureGroup();
			return;
		}
		logger.warn("Reading fan-out work failed ({}); trying again in a second", ex.getMessage());
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	void process(FanOutQueue.WorkItem item) {
		for (String target : item.targets()) {
			if (this.stopping) {
				return;
			}
			deliver(item, target);
		}
		try {
			this.queue.done(item.id());
		}
		catch (RuntimeException ex) {
			// Left pending: another consumer claims it later, and the ledger skips what was sent.
			logger.warn("A finished fan-out work item could not be acknowledged: {}", ex.getMessage());
		}
	}

	private void deliver(FanOutQueue.WorkItem item, String target) {
		String team = item.teamId();
		try {
			// Handed out before a hold began, or by an instance serving other workspaces: left due, untouched.
			if (this.served.serves(team) && !this.breaker.stillHeld(team) && !handle(team, target)) {
				return;
			}
		}
		catch (RuntimeException ex) {
			logger.warn("A due send failed and will be offered again: {}", ex.getMessage());
		}
		try {
			this.due.retryIfUntouched(team, target, item.until(), item.at());
		}
		catch (RuntimeException ex) {
			// Redis is away too: the target comes due again when the lease ends.
			logger.warn("A failed send could not be put back as due: {}", ex.getMessage());
		}
	}

	/** Sends what is due for one target; false when its kind is unknown and it was dropped. */
	private boolean handle(String team, String target) {
		Optional<DueTarget> parsed = DueTarget.parse(target);
		DueHandler handler = parsed.flatMap(t -> this.handlers.stream().filter(h -> h.handles(t.kind())).findFirst())
			.orElse(null);
		if (handler == null) {
			logger.warn("Nothing handles the due target kind {}; dropping it", target.split(":")[0]);
			this.due.remove(team, target);
			return false;
		}
		handler.deliverDue(team, parsed.get());
		return true;
	}

	boolean stopping() {
		return this.stopping || !this.running;
	}

	@Override
	public void stop() {
		this.stopping = true;
		this.running = false;
		if (this.workers == null) {
			return;
		}
		this.workers.shutdown();
		try {
			if (!this.workers.awaitTermination(20, TimeUnit.SECONDS)) {
				this.workers.shutdownNow();
			}
			this.reader.join(BLOCK.toMillis() * 3);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.blocking.close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static String consumerName() {
		// Unique per process and start, readable in XINFO CONSUMERS: host@pid and a random tail.
		return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
