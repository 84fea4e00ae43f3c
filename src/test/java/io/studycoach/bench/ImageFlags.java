package io.studycoach.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JVM flags the container image runs the coach with: JDK_JAVA_OPTIONS in the Dockerfile. */
final class ImageFlags {

	private static final Pattern FLAGS = Pattern.compile("JDK_JAVA_OPTIONS=\"([^\"]+)\"");

	private ImageFlags() {
	}

	static String all() throws IOException {
		Matcher flags = FLAGS.matcher(Files.readString(Path.of("Dockerfile")));
		if (!flags.find()) {
			throw new IllegalStateException("No JDK_JAVA_OPTIONS in the Dockerfile");
		}
		return flags.group(1);
	}

	/**
	 * The collector and heap flags, for an app started from the build's classes rather than the packaged
	 * jar: without the archive and the prepared context, which belong to the jar, and without the share of
	 * the machine's memory, which the caller caps instead.
	 */
	static List<String> collectorAndHeap() throws IOException {
		return Arrays.stream(all().split("\\s+"))
			.filter(flag -> !flag.startsWith("-XX:SharedArchiveFile") && !flag.startsWith("-Dspring.aot")
					&& !flag.startsWith("-XX:MaxRAMPercentage"))
			.toList();
	}

}
