package io.studycoach.quality;

import io.studycoach.config.InvalidSettingException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Question quality.
 *
 * @param reportThreshold "the key is wrong" reports from different learners that quarantine a question
 * @param strongAbility a learner counts as strong for the suspect-key rule when their ability
 * estimate for the question's section and domain, at the time of the answer, is at least this many
 * logits (the population's prior mean is 0 and its spread 1, so 0.5 is roughly the top third)
 */
@ConfigurationProperties("coach.quality")
public record QualityProperties(@DefaultValue("3") int reportThreshold, @DefaultValue("0.5") double strongAbility) {

	public QualityProperties {
		if (reportThreshold < 1) {
			throw new InvalidSettingException("COACH_QUALITY_REPORT_THRESHOLD", "must be at least 1",
					"Set coach.quality.report-threshold to a whole number such as 3, or leave it out for 3.");
		}
	}

	public static QualityProperties defaults() {
		return new QualityProperties(3, 0.5);
	}

}
