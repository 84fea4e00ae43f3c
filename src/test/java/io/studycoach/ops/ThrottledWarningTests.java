package io.studycoach.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottledWarningTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger("throttled-warning-test");

	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	private final AtomicLong nanos = new AtomicLong(1_000);

	private final ThrottledWarning warning = new ThrottledWarning(this.logger, Duration.ofSeconds(10),
			"Posting failed: {}", this.nanos::get);

	@BeforeEach
	void listen() {
		this.lines.start();
		this.logger.addAppender(this.lines);
	}

	@AfterEach
	void stopListening() {
		this.logger.detachAppender(this.lines);
	}

	@Test
	void theFirstIsLoggedThenOneLinePerIntervalCountsTheRest() {
		for (int i = 0; i < 1_000; i++) {
			this.warning.warn("timeout " + i);
			this.nanos.addAndGet(1_000_000);
		}
		// 1,000 warnings over one second: only the first line.
		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("Posting failed: timeout 0");

		this.nanos.addAndGet(Duration.ofSeconds(10).toNanos());
		this.warning.warn("refused");

		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Posting failed: timeout 0",
					"Posting failed: refused (999 more like it were not logged; at most one line every 10 s)");
	}

	@Test
	void aWarningAfterAQuietIntervalIsLoggedAsItIs() {
		this.warning.warn("one");
		this.nanos.addAndGet(Duration.ofSeconds(11).toNanos());
		this.warning.warn("two");

		assertThat(this.lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Posting failed: one", "Posting failed: two");
	}

}
