package io.studycoach;

import io.studycoach.content.QuestionBank;
import io.studycoach.learning.HeldQuestions;
import io.studycoach.learning.QuestionSelector;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock and randomness every feature shares, so tests can replace them in one place. */
@Configuration(proxyBeanMethods = false)
class CoachConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	RandomGenerator random() {
		return new SecureRandom();
	}

	@Bean
	QuestionSelector questionSelector(QuestionBank bank, Clock clock, RandomGenerator random, HeldQuestions held) {
		return new QuestionSelector(bank, clock, random, held);
	}

}
