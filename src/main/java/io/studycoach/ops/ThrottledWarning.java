package io.studycoach.ops;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.slf4j.Logger;

/**
 * A warning that can come many times a second when something downstream struggles (a dropped reply,
 * a skipped look-up): the first is logged, then at most one line per interval that says how many more
 * there were. One line per event made 60,000 lines in a five-minute benchmark, and the logging itself
 * took CPU from the requests it was warning about.
 */
public final class ThrottledWarning {

	private final Logger logger;

	private final String message;

	private final long intervalNanos;

	private final LongSupplier nanoTime;

	private final AtomicLong nextLine = new AtomicLong();

	private final AtomicLong withheld = new AtomicLong();

	private volatile boolean logged;

	/** @param message an SLF4J message; its placeholders take the arguments of {@link #warn} */
	public ThrottledWarning(Logger logger, Duration interval, String message) {
		this(logger, interval, message, System::nanoTime);
	}

	ThrottledWarning(Logger logger, Duration interval, String message, LongSupplier nanoTime) {
		this.logger = logger;
		this.message = message;
		this.intervalNanos = interval.toNanos();
		this.nanoTime = nanoTime;
	}

	public void warn(Object... arguments) {
		long now = this.nanoTime.getAsLong();
		long next = this.nextLine.get();
		if ((this.logged && now - next < 0) || !this.nextLine.compareAndSet(next, now + this.intervalNanos)) {
			this.withheld.incrementAndGet();
			return;
		}
		this.logged = true;
		long more = this.withheld.getAndSet(0);
		if (more == 0) {
			this.logger.warn(this.message, arguments);
			return;
		}
		Object[] withCount = Arrays.copyOf(arguments, arguments.length + 2);
		withCount[arguments.length] = more;
		withCount[arguments.length + 1] = Duration.ofNanos(this.intervalNanos).toSeconds();
		this.logger.warn(this.message + " ({} more like it were not logged; at most one line every {} s)", withCount);
	}

}
