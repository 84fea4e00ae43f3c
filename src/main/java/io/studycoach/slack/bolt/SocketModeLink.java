package io.studycoach.slack.bolt;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the Socket Mode link, as honest as the protocol allows: connected only once Slack said
 * {@code hello} on it (https://api.slack.com/apis/socket-mode), and down from the moment a connection
 * closed or failed until the next {@code hello}. Bolt reconnects by itself; this only watches.
 */
final class SocketModeLink {

	private static final Logger logger = LoggerFactory.getLogger(SocketModeLink.class);

	enum State {

		/** Slack said hello on the current connection. */
		CONNECTED,
		/** Not connected, for less than the grace period: starting, or reconnecting. */
		CONNECTING,
		/** Not connected for longer than the grace period. */
		DOWN

	}

	/** What the link looks like now. */
	record Status(State state, Instant since, String problem) {
	}

	private final Duration grace;

	private boolean connected;

	private boolean everConnected;

	/** System.nanoTime() when the link was last connected or lost; wall-clock time for people. */
	private long changedNanos = System.nanoTime();

	private Instant changedAt = Instant.now();

	private String problem = "";

	private volatile boolean stopping;

	/** Asks the client whether its current connection answers a ping (Bolt waits up to 3 s for the pong). */
	private volatile BooleanSupplier ping = () -> false;

	SocketModeLink(Duration grace) {
		this.grace = grace;
	}

	/** A new client is starting its first connection. */
	synchronized void starting(BooleanSupplier ping) {
		this.ping = ping;
		this.stopping = false;
		this.connected = false;
		changed();
		this.problem = "";
	}

	/** Slack said hello: the connection is up and envelopes may arrive. */
	void hello(int connections) {
		boolean reconnected;
		long downMillis;
		synchronized (this) {
			reconnected = this.everConnected && !this.connected;
			this.everConnected = true;
			downMillis = (System.nanoTime() - this.changedNanos) / 1_000_000;
			this.connected = true;
			this.problem = "";
			changed();
		}
		if (reconnected) {
			// After Slack's refresh the old connection closes as the new one opens: usually 0 s.
			logger.info("Slack Socket Mode: connected again after {} s ({} connection(s) open for this app)",
					downMillis / 1000, connections);
		}
		else {
			logger.info("Slack Socket Mode: connected ({} connection(s) open for this app); no public URL needed",
					connections);
		}
	}

	/** A connection closed: Slack refreshing it, a network drop, or a refused handshake. */
	void closed(Integer code, String reason) {
		lost("closed (" + code + (reason == null || reason.isBlank() ? "" : ", " + reason) + ")");
	}

	void failed(Throwable error) {
		lost("failed (" + error.getClass().getSimpleName() + ")");
	}

	private void lost(String what) {
		// Slack's refresh opens the new connection before the old one closes, so a close may come after
		// the new connection's hello: when the current connection still answers a ping, the link is up.
		if (connected() && this.ping.getAsBoolean()) {
			logger.info("Slack Socket Mode: an earlier connection {}; the current one is up", what);
			return;
		}
		synchronized (this) {
			if (this.connected) {
				changed();
			}
			this.connected = false;
			this.problem = what;
		}
		logger.info("Slack Socket Mode: the connection {}{}", what, this.stopping ? "" : "; reconnecting");
	}

	/** The coach is shutting down: closes from now on are its own. */
	void stopping() {
		this.stopping = true;
	}

	private synchronized boolean connected() {
		return this.connected;
	}

	/** The link now. */
	synchronized Status status() {
		if (this.connected) {
			return new Status(State.CONNECTED, this.changedAt, "");
		}
		State state = System.nanoTime() - this.changedNanos < this.grace.toNanos() ? State.CONNECTING : State.DOWN;
		return new Status(state, this.changedAt, this.problem);
	}

	private void changed() {
		this.changedNanos = System.nanoTime();
		this.changedAt = Instant.now();
	}

}
