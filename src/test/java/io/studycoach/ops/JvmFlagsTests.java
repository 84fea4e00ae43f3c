package io.studycoach.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The coach's JVM flags are one set: the image's, compose's and the production run's in the docs. */
class JvmFlagsTests {

	private static final Pattern IMAGE_FLAGS = Pattern.compile("JDK_JAVA_OPTIONS=\"([^\"]+)\"");

	@Test
	void theImageComposeAndTheProductionRunStartTheJvmAlike() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		Matcher flags = IMAGE_FLAGS.matcher(dockerfile);
		assertThat(flags.find()).as("JDK_JAVA_OPTIONS in the Dockerfile").isTrue();
		String imageFlags = flags.group(1);
		assertThat(imageFlags).contains("-XX:SharedArchiveFile=app.jsa").contains("-XX:+UseSerialGC")
			.contains("-Dspring.aot.enabled=true");
		assertThat(Files.readString(Path.of("compose.yaml"))).contains("JDK_JAVA_OPTIONS: \"" + imageFlags + "\"");
		String operations = Files.readString(Path.of("docs", "OPERATIONS.md"));
		assertThat(operations).contains("export JDK_JAVA_OPTIONS=\"" + imageFlags + "\"");
		// The archive is made by a run with the same collector and prepared context as the runs that map it.
		String training = "java -XX:+UseSerialGC -XX:ArchiveClassesAtExit=app.jsa -Dspring.aot.enabled=true";
		assertThat(dockerfile).contains(training);
		assertThat(operations).contains(training);
	}

}
