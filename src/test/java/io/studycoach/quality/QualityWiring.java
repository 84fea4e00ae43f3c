package io.studycoach.quality;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.studycoach.content.QuestionBank;
import io.studycoach.ops.MetricsWiring;
import io.studycoach.redis.Redis;

import java.time.Clock;

/** The quality package's components, made by hand for tests in other packages. */
public final class QualityWiring {

	private QualityWiring() {
	}

	public static Quarantine quarantine(Redis redis, QuestionBank bank, Clock clock) {
		return new Quarantine(redis, bank, MetricsWiring.coachMetrics(new SimpleMeterRegistry()), clock);
	}

	public static ItemStats itemStats(Redis redis) {
		return new ItemStats(redis, QualityProperties.defaults());
	}

	public static ProblemReports problemReports(Redis redis, QuestionBank bank, Quarantine quarantine) {
		return new ProblemReports(redis, bank, quarantine, QualityProperties.defaults());
	}

	public static QuestionAnalysis analysis(Redis redis, QuestionBank bank, Quarantine quarantine, Clock clock) {
		return new QuestionAnalysis(redis, bank, quarantine, QualityProperties.defaults(), new BankVersion(bank), clock);
	}

}
