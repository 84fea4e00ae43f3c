package io.studycoach.readiness;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minFirstAnswers first answers before a predicted score is shown rather than "not yet"
 * @param minSectionAnswers answers in a section before it can be named the weakest
 * @param passMark the score the coach calls passing (Google does not publish its own)
 */
@ConfigurationProperties("coach.readiness")
public record ReadinessProperties(@DefaultValue("10") int minFirstAnswers, @DefaultValue("5") int minSectionAnswers,
		@DefaultValue("0.70") double passMark) {
}
