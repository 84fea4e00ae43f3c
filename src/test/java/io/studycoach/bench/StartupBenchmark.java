package io.studycoach.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B8: the coach's start as a user meets it: the packaged jar, unpacked with Spring Boot's tools and
 * started with {@code java -jar} in the sandbox (embedded Redis), timed from the launch to the first
 * 200 from {@code /sandbox}, with its resident memory when ready and 10 s later, idle. Three rounds,
 * each starting the jar with the production flags (Dockerfile, with the class-data-sharing archive of
 * a training run) and with none, in turn. Needs the jar, so the bench profile runs after package.
 */
class StartupBenchmark {

	private static final int ROUNDS = 3;

	@Test
	void startTimeAndMemory() throws Exception {
		Path run = Path.of("target", "bench-startup");
		deleteTree(run);
		Path jar = packagedJar();
		exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", run.toString(),
				"--application-filename", "app.jar"), Map.of(), Path.of("."));
		// The training run, as in the Dockerfile.
		Path training = Files.createTempDirectory("cds-training");
		exec(List.of(java(), "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=app.jsa", "-Dspring.aot.enabled=true",
				"-Dspring.context.exit=onRefresh",
				"-jar", "app.jar", "--coach.sandbox.data-dir=" + training), Map.of("COACH_SANDBOX", "true"), run);
		// A context that exits on refresh never stops its beans, so the training run's embedded redis-server
		// outlives it (in the image's build it goes with the build step); here it would sit beside every
		// later benchmark.
		Path pid = training.resolve("redis.pid");
		if (Files.exists(pid)) {
			ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroy);
		}
		assertThat(run.resolve("app.jsa")).exists();
		String flags = ImageFlags.all();

		List<Double> tunedReady = new ArrayList<>();
		List<Double> tunedIdle = new ArrayList<>();
		List<Double> plainReady = new ArrayList<>();
		List<Double> plainIdle = new ArrayList<>();
		Figures.record("B8", "load average (1 min) before the run", Load.loadAverage(), "-");
		for (int round = 0; round < ROUNDS; round++) {
			double[] tuned = start(run, Map.of("JDK_JAVA_OPTIONS", flags));
			tunedReady.add(tuned[0]);
			tunedIdle.add(tuned[1]);
			double[] plain = start(run, Map.of());
			plainReady.add(plain[0]);
			plainIdle.add(plain[1]);
		}
		Figures.record("B8", "start to the first answered request, production flags and archive, median of " + ROUNDS,
				PairedRounds.Result.spreadSeconds(tunedReady), "<= 6 s on 2 cores");
		Figures.record("B8", "resident memory idle after start, production flags", PairedRounds.Result.spread(tunedIdle,
				" MiB"), "<= 256 MiB");
		Figures.record("B8", "start to the first answered request, plain java -jar (for reference)",
				PairedRounds.Result.spreadSeconds(plainReady), "-");
		Figures.record("B8", "resident memory idle after start, plain java -jar", PairedRounds.Result.spread(plainIdle,
				" MiB"), "-");
	}

	/** Seconds to the first 200 from /sandbox, and resident MiB 10 s later. */
	private static double[] start(Path run, Map<String, String> env) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(java(), "-jar", "app.jar", "--server.port=" + port,
				"--coach.sandbox.data-dir=" + Files.createTempDirectory("b8-sandbox"))
			.directory(run.toFile())
			.redirectErrorStream(true)
			.redirectOutput(new File("target", "bench-startup-" + port + ".log"));
		builder.environment().put("COACH_SANDBOX", "true");
		builder.environment().putAll(env);
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest sandbox = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sandbox")).build();
		long began = System.nanoTime();
		Process process = builder.start();
		try {
			while (true) {
				assertThat(process.isAlive()).as("the coach is starting; see target/bench-startup-*.log").isTrue();
				try {
					if (http.send(sandbox, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						break;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(20);
			}
			double ready = (System.nanoTime() - began) / 1e9;
			Thread.sleep(10_000);
			return new double[] { ready, Figures.rssMiB(process.pid()) };
		}
		finally {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("study-coach-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar: run ./mvnw -Pbench verify"));
		}
	}

	private static void exec(List<String> command, Map<String, String> env, Path dir) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(new File("target", "bench-startup-training.log"));
		builder.environment().putAll(env);
		Process process = builder.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
	}

	private static String java() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

	private static void deleteTree(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

}
