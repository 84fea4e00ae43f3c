package io.studycoach.content;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the question bank is read from.
 *
 * @param location a Spring resource location ending in a slash; empty means the {@code content/}
 * folder of the working directory when there is one, else the copy inside the jar
 */
@ConfigurationProperties("coach.content")
public record ContentProperties(String location) {

	public String resolvedLocation() {
		return resolve(this.location, "content");
	}

	/** A configured location, or a folder of the working directory, or its copy on the classpath. */
	public static String resolve(String configured, String folder) {
		if (configured != null && !configured.isBlank()) {
			return configured.endsWith("/") ? configured : configured + "/";
		}
		return Files.isDirectory(Path.of(folder)) ? "file:" + folder + "/" : "classpath:" + folder + "/";
	}

}
