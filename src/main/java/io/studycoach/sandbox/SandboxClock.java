package io.studycoach.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The real time plus however many days the sandbox's clock control has moved it on. */
final class SandboxClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** Moves the clock to {@code target} (never backwards: the coach's records only go forward). */
	void moveTo(Instant target) {
		Duration offset = Duration.between(Instant.now(), target);
		if (offset.compareTo(this.offset) > 0) {
			this.offset = offset;
		}
	}

	/** Back to the real time, for a Reset: with the sandbox's data gone, no record is left to go back on. */
	void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
