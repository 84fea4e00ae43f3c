package io.studycoach.sandbox;

import io.studycoach.config.InvalidSettingException;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns a start with no Slack settings at all (or with {@code --sandbox} or {@code COACH_SANDBOX=true})
 * into a local sandbox: the coach talks to a stand-in for Slack served by this same app, so a newcomer
 * sees it work before creating any Slack app. The sandbox never touches shared data: it always runs on
 * an embedded redis-server of its own, in its own folder, whatever {@code REDIS_URL} says, and listens
 * on 127.0.0.1 only unless {@code server.address} says otherwise (its page signs Slack requests for
 * whoever opens it). A start with no Slack settings where a real one is expected ({@code REDIS_URL}
 * set, or {@code COACH_REQUIRE_SLACK=true} as in the container image) is refused instead: a missing
 * secret must not turn a production coach into a sandbox. A bot token with a missing signing secret is
 * still an error.
 */
class SandboxEnvironment implements EnvironmentPostProcessor {

	static final String ENABLED = "coach.sandbox.enabled";

	/** {@code COACH_SANDBOX}: run the sandbox on purpose, even with Slack settings or REDIS_URL set. */
	static final String REQUESTED = "coach.sandbox.requested";

	/** Where the sandbox's own redis-server keeps its data. */
	static final String DATA_DIR = "coach.sandbox.data-dir";

	/** {@code COACH_REQUIRE_SLACK}: missing Slack settings are fatal even without REDIS_URL. */
	static final String REQUIRE_SLACK = "coach.require-slack";

	static final String BOT_TOKEN = "xoxb-sandbox-0000-local";

	private static final String SETTINGS = "are missing (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for one workspace, "
			+ "or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET for installs)";

	private static final String ON_PURPOSE = ": set them, or set COACH_SANDBOX=true to run the local sandbox on purpose "
			+ "(it keeps its own embedded Redis and never uses REDIS_URL)";

	private static final String WHERE = "See Settings in docs/OPERATIONS.md for where each value is found.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean asked = environment.containsProperty("sandbox") && !"false".equals(environment.getProperty("sandbox"))
				|| "true".equalsIgnoreCase(environment.getProperty(REQUESTED, "false").trim());
		boolean nothingSet = blank(environment.getProperty("slack.bot-token"))
				&& blank(environment.getProperty("slack.client-id"))
				&& blank(environment.getProperty("slack.signing-secret"));
		if (!asked && !nothingSet) {
			return;
		}
		if (!asked) {
			refuseWhereSlackIsExpected(environment);
		}
		byte[] secret = new byte[16];
		new SecureRandom().nextBytes(secret);
		String port = environment.getProperty("server.port", "3000");
		Map<String, Object> sandbox = new HashMap<>(Map.of(ENABLED, "true", "slack.bot-token", BOT_TOKEN,
				"slack.signing-secret", HexFormat.of().formatHex(secret), "slack.app-token", "", "slack.client-id", "",
				"slack.api-url", "http://localhost:" + port + "/sandbox/api/", "coach.slack.retry.channel-spacing",
				"0s"));
		// Its own redis-server and folder: never REDIS_URL, never the folder a real coach keeps its data in.
		sandbox.put("coach.redis.url", "");
		sandbox.put("coach.redis.data-dir", environment.getProperty(DATA_DIR, "data/sandbox"));
		if (blank(environment.getProperty("server.address"))) {
			sandbox.put("server.address", "127.0.0.1");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("sandbox", sandbox));
		if (AotDetector.useGeneratedArtifacts()) {
			// The context prepared at build time for the sandbox, with its beans; the default one has Slack's.
			application.addInitializers(AotApplicationContextInitializer
				.forInitializerClasses(SandboxApplication.class.getName() + "__ApplicationContextInitializer"));
		}
	}

	private static void refuseWhereSlackIsExpected(ConfigurableEnvironment environment) {
		if (!blank(environment.getProperty("coach.redis.url"))) {
			throw new InvalidSettingException("Slack settings", SETTINGS
					+ " but REDIS_URL is set, so the coach will not start its sandbox on that Redis" + ON_PURPOSE, WHERE);
		}
		if ("true".equalsIgnoreCase(environment.getProperty(REQUIRE_SLACK, "false").trim())) {
			throw new InvalidSettingException("Slack settings", SETTINGS
					+ " but COACH_REQUIRE_SLACK is true (as in the container image)" + ON_PURPOSE, WHERE);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
