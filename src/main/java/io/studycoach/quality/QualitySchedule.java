package io.studycoach.quality;

import io.studycoach.redis.StoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the item analysis every hour (setting {@code coach.quality.cron}; "-" turns it off), so a key
 * the statistics call suspect is quarantined without anyone opening the report. Several instances
 * may run it at once: quarantining is idempotent and logged once, by the instance that made it.
 */
@Component
class QualitySchedule {

	private static final Logger logger = LoggerFactory.getLogger(QualitySchedule.class);

	private final QuestionAnalysis analysis;

	QualitySchedule(QuestionAnalysis analysis) {
		this.analysis = analysis;
	}

	@Scheduled(cron = "${coach.quality.cron:0 17 * * * *}")
	void run() {
		try {
			this.analysis.analyse();
		}
		catch (StoreUnavailableException ex) {
			logger.warn("The hourly question analysis could not run: {}", ex.getMessage());
		}
	}

}
