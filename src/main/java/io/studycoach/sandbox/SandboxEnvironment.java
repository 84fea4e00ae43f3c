package io.studycoach.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns a start with no Slack settings at all (or with {@code --sandbox}) into a local sandbox: the
 * coach talks to a stand-in for Slack served by this same app, so a newcomer sees it work before
 * creating any Slack app. A bot token with a missing signing secret is still an error.
 */
class SandboxEnvironment implements EnvironmentPostProcessor {

	static final String ENABLED = "coach.sandbox.enabled";

	static final String BOT_TOKEN = "xoxb-sandbox-0000-local";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean asked = environment.containsProperty("sandbox") && !"false".equals(environment.getProperty("sandbox"));
		boolean nothingSet = blank(environment.getProperty("slack.bot-token"))
				&& blank(environment.getProperty("slack.client-id"))
				&& blank(environment.getProperty("slack.signing-secret"));
		if (!asked && !nothingSet) {
			return;
		}
		byte[] secret = new byte[16];
		new SecureRandom().nextBytes(secret);
		String port = environment.getProperty("server.port", "3000");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("sandbox", Map.of(ENABLED, "true", "slack.bot-token", BOT_TOKEN,
					"slack.signing-secret", HexFormat.of().formatHex(secret), "slack.app-token", "", "slack.api-url",
					"http://localhost:" + port + "/sandbox/api/", "coach.slack.retry.channel-spacing", "0s")));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
