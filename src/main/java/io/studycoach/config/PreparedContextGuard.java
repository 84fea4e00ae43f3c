package io.studycoach.config;

import org.apache.commons.logging.Log;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The packaged jar carries its application context prepared at build time (Spring's ahead-of-time
 * processing), which the production flags use ({@code -Dspring.aot.enabled=true}): it saves a second or
 * more of every start. That context settled Spring's conditions at build time, for a web server with
 * its actuator on the same port. A start that asks for something else (a separate management port, or
 * no web server, as a one-off question report without the sandbox) runs without it, as a plain start
 * would, instead of quietly ignoring the setting.
 */
class PreparedContextGuard implements EnvironmentPostProcessor, Ordered {

	private final Log logger;

	PreparedContextGuard(DeferredLogFactory logs) {
		this.logger = logs.getLog(PreparedContextGuard.class);
	}

	@Override
	public int getOrder() {
		// After the configuration files are read, so a setting made in one counts too.
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!AotDetector.useGeneratedArtifacts()) {
			return;
		}
		String reason = unpreparedFor(environment);
		if (reason != null) {
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
			this.logger.info("Starting without the context prepared at build time: " + reason);
		}
	}

	/** Why the prepared context does not fit this start, or null when it does. */
	static String unpreparedFor(Environment environment) {
		String type = environment.getProperty("spring.main.web-application-type", "servlet").trim();
		if (!type.equalsIgnoreCase("servlet")) {
			return "spring.main.web-application-type is " + type;
		}
		// As Spring Boot tells a management port of its own: set, and 0 (any free port) or not the server's.
		Integer management = environment.getProperty("management.server.port", Integer.class);
		if (management != null && (management == 0 || !management.equals(environment.getProperty("server.port",
				Integer.class, 8080)))) {
			return "management.server.port (MANAGEMENT_SERVER_PORT) is " + management;
		}
		return null;
	}

}
