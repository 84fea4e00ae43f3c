package io.studycoach.bench;

import io.studycoach.support.MutableClock;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the benchmarks move to simulate weeks and months. Not a {@code @Configuration}: the
 * application's component scan must not find it; the benchmarks pass it to the app they start.
 */
class SharedClock {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));

	@Bean
	@Primary
	MutableClock benchmarkClock() {
		return CLOCK;
	}

}
