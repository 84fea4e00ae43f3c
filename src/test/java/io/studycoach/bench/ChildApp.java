package io.studycoach.bench;

import io.studycoach.support.SlackRequests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An app started as its own JVM, so its memory and throughput are its own. */
final class ChildApp implements AutoCloseable {

	final Process process;

	final int port;

	private ChildApp(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ChildApp start(String mainClass, String name, String... args) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		// The production flags (Dockerfile) but those that belong to the packaged jar, with B1's heap cap.
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(ImageFlags.collectorAndHeap());
		command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass,
				"--server.port=" + port, "--slack.signing-secret=" + SlackRequests.SIGNING_SECRET,
				"--logging.level.root=WARN"));
		// -Dbench.jvm="-XX:... -XX:...": flags to try on both apps before they become the production ones.
		List<String> trying = List.of(System.getProperty("bench.jvm", "").trim().split("\\s+"));
		if (!trying.get(0).isEmpty()) {
			command.addAll(1, trying);
		}
		if (Boolean.getBoolean("bench.jfr")) {
			// -Dbench.jfr=true: a flight recording of each app, to see what a figure is made of.
			command.add(1, "-XX:StartFlightRecording=filename=target/bench-" + name + ".jfr,settings=profile");
		}
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File("target", "bench-" + name + ".log"))
			.start();
		ChildApp app = new ChildApp(process, port);
		app.awaitUp();
		return app;
	}

	private void awaitUp() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			try {
				http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/slack/events"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("The app did not start; see target/bench-*.log");
	}

	/**
	 * Waits, at most {@code atMost}, until the app has used under a twentieth of a core for a whole
	 * second: the work a set-up burst left behind (profile look-ups, learning, replies) is done, so a
	 * figure taken next measures the load it is about, not the set-up's tail.
	 *
	 * @return how long that took
	 */
	Duration awaitSettled(Duration atMost) throws InterruptedException {
		Instant start = Instant.now();
		Duration before = cpu();
		while (Duration.between(start, Instant.now()).compareTo(atMost) < 0) {
			Thread.sleep(1_000);
			Duration now = cpu();
			if (now.minus(before).toMillis() < 50) {
				break;
			}
			before = now;
		}
		return Duration.between(start, Instant.now());
	}

	private Duration cpu() {
		return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	long rssMiB() {
		return Figures.rssMiB(this.process.pid());
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		this.process.waitFor();
	}

}
