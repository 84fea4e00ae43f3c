package io.studycoach.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container image and the compose file never fall into the sandbox by accident: both set
 * COACH_REQUIRE_SLACK=true, so a missing Slack secret stops the coach (StartupSettingsTests shows what
 * the setting does), and only the image's build-time training run asks for the sandbox.
 */
class ContainerSandboxTests {

	@Test
	void theImageAndComposeRequireSlackSettingsAndNeverAskForTheSandbox() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("    COACH_REQUIRE_SLACK=true \\\n");
		assertThat(dockerfile.lines().filter(line -> line.contains("COACH_SANDBOX=true") && !line.startsWith("#")))
			.as("the only sandbox start in the image is the class-data training run while it is built")
			.singleElement()
			.asString()
			.startsWith("RUN COACH_SANDBOX=true java ")
			.contains("-Dspring.context.exit=onRefresh");

		String compose = Files.readString(Path.of("compose.yaml"));
		assertThat(compose).contains("      COACH_REQUIRE_SLACK: \"true\"\n").doesNotContain("COACH_SANDBOX");
	}

}
