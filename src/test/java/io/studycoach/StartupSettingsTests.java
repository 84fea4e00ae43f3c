package io.studycoach;

import io.studycoach.support.SlackStub;
import io.studycoach.support.TestRedis;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** A missing or malformed setting stops startup with a plain sentence, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupSettingsTests {

	@Test
	void aMissingBotTokenIsNamedWithWhereToFindIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.bot-token=", "--slack.signing-secret=abcdef0123456789abcdef"));

		assertThat(output).contains("SLACK_BOT_TOKEN is not set.")
			.contains("Bot User OAuth Token")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void aMalformedSigningSecretIsNamedWithoutEchoingIt(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> start("--slack.bot-token=xoxb-1-2-abc", "--slack.signing-secret=not a secret!"));

		assertThat(output).contains("SLACK_SIGNING_SECRET does not look like a signing secret.")
			.contains("Basic Information")
			.doesNotContain("not a secret!")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void anAppTokenThatIsNotAnAppTokenIsRefused(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.bot-token=xoxb-1-2-abc",
				"--slack.signing-secret=abcdef0123456789abcdef", "--slack.app-token=xoxb-wrong-kind"));

		assertThat(output).contains("SLACK_APP_TOKEN does not look like an app-level token (xapp-...).")
			.doesNotContain("xoxb-wrong-kind");
	}

	@Test
	void brokenContentStopsStartupListingFileAndQuestion(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.bot-token=xoxb-1-2-abc",
				"--slack.signing-secret=abcdef0123456789abcdef", "--coach.content.location=classpath:broken-content/"));

		assertThat(output).contains("questions/broken.yml [d1-broken-001]: answer 'F' is not one of the choices' letters")
			.contains("Fix each listed question in content/")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void aClusterUrlWithoutNodesIsNamedWithTheFormsRedisUrlTakes(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.bot-token=xoxb-1-2-abc",
				"--slack.signing-secret=abcdef0123456789abcdef", "--coach.redis.url=redis-cluster://"));

		assertThat(output).contains("REDIS_URL names no cluster node")
			.contains("redis-sentinel://host:port#master")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void aClientIdWithoutItsSecretIsRefused(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.client-id=1111.2222",
				"--slack.signing-secret=abcdef0123456789abcdef"));

		assertThat(output).contains("SLACK_CLIENT_SECRET is not set, but SLACK_CLIENT_ID is.")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void installingWorkspacesWithoutATokenKeyIsRefused(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.client-id=1111.2222",
				"--slack.client-secret=test-client-secret-0123", "--slack.signing-secret=abcdef0123456789abcdef",
				"--coach.install.token-key="));

		assertThat(output).contains("COACH_TOKEN_KEY is not set, but SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are.")
			.contains("openssl rand -base64 32")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void noSlackSettingsWhileRedisUrlIsSetIsRefusedRatherThanRunningTheSandboxOnThatRedis(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.bot-token=", "--slack.signing-secret="));

		assertThat(output).contains("Slack settings are missing (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for one "
				+ "workspace, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET for installs) but "
				+ "REDIS_URL is set, so the coach will not start its sandbox on that Redis: set them, or set "
				+ "COACH_SANDBOX=true to run the local sandbox on purpose (it keeps its own embedded Redis and never "
				+ "uses REDIS_URL).")
			.doesNotContain("running the local Slack sandbox")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void aTokenKeyThatIsNot32BytesIsRefusedWithoutEchoingIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.client-id=1111.2222",
				"--slack.client-secret=test-client-secret-0123", "--slack.signing-secret=abcdef0123456789abcdef",
				"--coach.install.token-key=c2hvcnQta2V5"));

		assertThat(output).contains("COACH_TOKEN_KEY is not the base64 of 32 bytes.")
			.doesNotContain("c2hvcnQta2V5")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void noSlackSettingsWhereTheImageRequiresThemIsRefusedEvenWithoutRedisUrl(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--slack.bot-token=", "--slack.signing-secret=",
				"--coach.redis.url=", "--coach.require-slack=true"));

		assertThat(output).contains("Slack settings are missing (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET for one")
			.contains("but COACH_REQUIRE_SLACK is true (as in the container image): set them, or set COACH_SANDBOX=true")
			.doesNotContain("running the local Slack sandbox")
			.doesNotContain("\tat io.studycoach");
	}

	@Test
	void aTokenSlackRefusesStopsStartupNamingTheToken(CapturedOutput output) {
		SlackStub.error("auth.test", "invalid_auth");
		try {
			assertThatException().isThrownBy(() -> start("--slack.bot-token=xoxb-1-2-revoked",
					"--slack.signing-secret=abcdef0123456789abcdef"));
		}
		finally {
			SlackStub.reset();
		}

		assertThat(output).contains("SLACK_BOT_TOKEN was refused by Slack (invalid_auth).")
			.doesNotContain("xoxb-1-2-revoked")
			.doesNotContain("\tat io.studycoach");
	}

	private static void start(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--server.port=0");
		if (all.stream().noneMatch(arg -> arg.startsWith("--coach.redis.url="))) {
			all.add("--coach.redis.url=" + TestRedis.url());
		}
		all.add("--slack.api-url=" + SlackStub.apiUrl());
		new SpringApplicationBuilder(StudyCoachApplication.class).run(all.toArray(String[]::new)).close();
	}

}
