package io.studycoach.sandbox;

import io.studycoach.slack.bolt.SlackProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/** The local sandbox: its workspace, its movable clock, and the line that says where to open it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(SandboxEnvironment.ENABLED)
class SandboxConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SandboxConfiguration.class);

	@Bean
	SandboxWorkspace sandboxWorkspace() {
		return new SandboxWorkspace();
	}

	@Bean
	@Primary
	SandboxClock sandboxClock() {
		return new SandboxClock();
	}

	@Bean
	SignedRequests sandboxRequests(SlackProperties properties) {
		return new SignedRequests(properties.signingSecret());
	}

	@EventListener
	void announce(WebServerInitializedEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		logger.info("No Slack settings (or COACH_SANDBOX=true): running the local Slack sandbox. Open "
				+ "http://localhost:{}/sandbox (listening on {}; its own Redis keeps its data in {})",
				event.getWebServer().getPort(), environment.getProperty("server.address", "every interface"),
				environment.getProperty("coach.redis.data-dir"));
	}

}
