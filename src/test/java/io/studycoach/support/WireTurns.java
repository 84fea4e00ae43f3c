package io.studycoach.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of Redis that counts round trips and names their commands. A round trip (a
 * turn) is each time a connection's client speaks after Redis has answered on that connection (or
 * for the first time): commands pipelined together are one turn, and a script one however much it
 * does inside Redis. Turns are kept per connection, so two connections in use at once do not merge
 * their turns, and each turn lists its commands (name and first argument) so that a test that pins a
 * count can say what it saw.
 * <p>
 * Commands sent one after another without waiting for Redis (asynchronous ones, awaited later) are
 * meant to be one round trip, but Redis may answer the first before the next reaches it, which
 * would make the count depend on timing. So the relay holds the first bytes of each turn for a short
 * window before passing them on: whatever the client sends within it cannot have waited for an
 * answer and joins the turn, while a command sent only after an answer still starts a new one.
 */
public final class WireTurns implements AutoCloseable {

	private final ServerSocket server;

	private final List<Turn> turns = new ArrayList<>();

	private final AtomicInteger connections = new AtomicInteger();

	private final long windowMillis;

	/** @param window how long the first bytes of a turn wait for the rest of it */
	public WireTurns(String redisUrl, Duration window) throws IOException {
		this.windowMillis = window.toMillis();
		URI target = URI.create(redisUrl);
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.server.isClosed()) {
				try {
					Socket client = this.server.accept();
					Socket redis = new Socket(target.getHost(), target.getPort());
					int connection = this.connections.incrementAndGet();
					AtomicBoolean serverSpokeLast = new AtomicBoolean(true);
					pump(client.getInputStream(), redis.getOutputStream(), connection, serverSpokeLast);
					pump(redis.getInputStream(), client.getOutputStream(), 0, serverSpokeLast);
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "wire-turns");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A relay in front of the tests' Redis that holds a turn's first bytes 5 ms (see the class comment). */
	public static WireTurns toTestRedis() {
		try {
			return new WireTurns(TestRedis.url(), Duration.ofMillis(5));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The turns since the last {@link #reset} but the fan-out reader's own (XREADGROUP ... BLOCK on its
	 * connection, claims now and then), which come whatever the test does.
	 */
	public List<Turn> coachTurns() {
		return turns().stream()
			.filter(turn -> !turn.commands().stream().allMatch(c -> c.startsWith("XREADGROUP") || c.startsWith("XAUTOCLAIM")
					|| c.startsWith("XINFO") || c.startsWith("XPENDING")))
			.toList();
	}

	/** Waits until nothing but the fan-out reader spoke to Redis for half a second, then counts afresh. */
	public void awaitQuiet() {
		reset();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).during(Duration.ofMillis(500)).until(() -> {
			boolean quiet = coachTurns().isEmpty();
			reset();
			return quiet;
		});
	}

	public String url() {
		return "redis://127.0.0.1:" + this.server.getLocalPort();
	}

	/** The turns since the last {@link #reset}, in the order their first bytes arrived. */
	public synchronized List<Turn> turns() {
		return this.turns.stream().map(turn -> new Turn(turn.connection(), List.copyOf(turn.commands()))).toList();
	}

	public synchronized void reset() {
		this.turns.clear();
	}

	private synchronized Turn startTurn(int connection) {
		Turn turn = new Turn(connection, new ArrayList<>());
		this.turns.add(turn);
		return turn;
	}

	private synchronized void addCommands(Turn turn, List<String> commands) {
		turn.commands().addAll(commands);
	}

	/** @param connection the client connection's number, or 0 for Redis's side */
	private void pump(InputStream in, OutputStream out, int connection, AtomicBoolean serverSpokeLast) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			CommandReader commands = new CommandReader();
			Turn turn = null;
			try {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (connection != 0) {
						boolean first = serverSpokeLast.compareAndSet(true, false) || turn == null;
						if (first) {
							turn = startTurn(connection);
						}
						addCommands(turn, commands.feed(buffer, read));
						if (first && this.windowMillis > 0) {
							Thread.sleep(this.windowMillis);
							// What came meanwhile goes with the first bytes, before Redis can answer them.
							while (in.available() > 0 && read < buffer.length) {
								int more = in.read(buffer, read, Math.min(in.available(), buffer.length - read));
								addCommands(turn, commands.feed(java.util.Arrays.copyOfRange(buffer, read, read + more), more));
								read += more;
							}
						}
					}
					else {
						serverSpokeLast.set(true);
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// The connection closed.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "wire-turns-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

	/** One round trip on one connection: the commands the client sent before Redis answered. */
	public record Turn(int connection, List<String> commands) {

		@Override
		public String toString() {
			return "#" + this.connection + " " + String.join(" + ", this.commands);
		}

	}

	/** Reads RESP arrays of bulk strings (how clients send commands) across reads; keeps name and first argument. */
	private static final class CommandReader {

		private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

		List<String> feed(byte[] bytes, int length) {
			this.pending.write(bytes, 0, length);
			byte[] all = this.pending.toByteArray();
			List<String> commands = new ArrayList<>();
			int at = 0;
			while (true) {
				int[] end = new int[1];
				String command = parse(all, at, end);
				if (command == null) {
					break;
				}
				commands.add(command);
				at = end[0];
			}
			this.pending.reset();
			this.pending.write(all, at, all.length - at);
			return commands;
		}

		/** The command starting at {@code from}, or null when it has not fully arrived. */
		private static String parse(byte[] bytes, int from, int[] end) {
			int[] at = { from };
			String header = line(bytes, at);
			if (header == null || !header.startsWith("*")) {
				return null;
			}
			int parts = Integer.parseInt(header.substring(1));
			List<String> words = new ArrayList<>();
			for (int i = 0; i < parts; i++) {
				String size = line(bytes, at);
				if (size == null) {
					return null;
				}
				int length = Integer.parseInt(size.substring(1));
				if (at[0] + length + 2 > bytes.length) {
					return null;
				}
				if (i < 2) {
					words.add(new String(bytes, at[0], Math.min(length, 60), StandardCharsets.UTF_8));
				}
				at[0] += length + 2;
			}
			end[0] = at[0];
			return String.join(" ", words);
		}

		private static String line(byte[] bytes, int[] at) {
			for (int i = at[0]; i + 1 < bytes.length; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					String line = new String(bytes, at[0], i - at[0], StandardCharsets.US_ASCII);
					at[0] = i + 2;
					return line;
				}
			}
			return null;
		}

	}

}
