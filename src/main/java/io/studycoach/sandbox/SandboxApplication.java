package io.studycoach.sandbox;

import io.studycoach.StudyCoachApplication;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The sandbox as an entry point of its own, the same as {@code java -jar app.jar --sandbox}. The build
 * prepares the application context ahead of time twice, since the two starts have different beans: once
 * from {@link StudyCoachApplication} with Slack settings, once from this class for the sandbox. The
 * prepared sandbox context is named after this class, and {@link SandboxEnvironment} picks it.
 */
public final class SandboxApplication {

	private SandboxApplication() {
	}

	public static void main(String[] args) {
		StudyCoachApplication.main(Stream.concat(Arrays.stream(args), Stream.of("--sandbox")).toArray(String[]::new));
	}

}
