package io.studycoach.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ContentConfiguration.class);

	@Bean
	QuestionBank questionBank(ContentProperties properties) {
		String location = properties.resolvedLocation();
		QuestionBank bank = new ContentLoader().load(location);
		logger.info("Loaded {} questions in {} domains from {}", bank.size(), bank.domains().size(), location);
		return bank;
	}

}
