package io.studycoach.ops;

import io.micrometer.core.instrument.MeterRegistry;

/** {@link CoachMetrics} made by hand, for tests in other packages (its constructor is package-private). */
public final class MetricsWiring {

	private MetricsWiring() {
	}

	public static CoachMetrics coachMetrics(MeterRegistry registry) {
		return new CoachMetrics(registry);
	}

}
