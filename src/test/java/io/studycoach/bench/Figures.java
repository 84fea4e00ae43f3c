package io.studycoach.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Prints each benchmark figure and appends it to {@code target/benchmarks.md}. */
final class Figures {

	static final Path FILE = Path.of("target", "benchmarks.md");

	private Figures() {
	}

	static void record(String benchmark, String figure, String value, String aim) {
		String line = "| " + benchmark + " | " + figure + " | " + value + " | " + aim + " |";
		System.out.println("BENCHMARK " + line);
		try {
			Files.createDirectories(FILE.getParent());
			if (!Files.exists(FILE)) {
				Files.writeString(FILE, "| benchmark | figure | value | aim |\n| --- | --- | --- | --- |\n");
			}
			Files.writeString(FILE, line + "\n", StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static long percentile(long[] sortedNanos, double p) {
		if (sortedNanos.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))];
	}

	static String millis(long nanos) {
		return String.format("%.1f ms", nanos / 1_000_000.0);
	}

	static long[] sorted(long[] values) {
		long[] copy = values.clone();
		Arrays.sort(copy);
		return copy;
	}

	/** Resident memory of a process, from /proc, in MiB. */
	static long rssMiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
				}
			}
		}
		catch (IOException ex) {
			return -1;
		}
		return -1;
	}

}
