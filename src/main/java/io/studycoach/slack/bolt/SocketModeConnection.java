package io.studycoach.slack.bolt;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach's Socket Mode connection (https://api.slack.com/apis/socket-mode): Bolt's
 * {@link SocketModeApp} opens it and reconnects when it drops or Slack asks for a refresh; each
 * envelope is handled on a pool of {@code slack.socket-mode.concurrency} threads
 * ({@link SocketModeEnvelopes}), and the {@link SocketModeLink} follows the connection's state.
 */
final class SocketModeConnection {

	private static final Logger logger = LoggerFactory.getLogger(SocketModeConnection.class);

	/** Envelopes waiting for a thread; beyond this the connection's reader handles them itself, reading no more meanwhile. */
	private static final int QUEUE = 1_000;

	private final App app;

	private final String appToken;

	private final SocketModeLink link;

	private final ThreadPoolExecutor pool;

	private SocketModeApp socketModeApp;

	SocketModeConnection(App app, String appToken, SocketModeProperties settings, SocketModeLink link) {
		this.app = app;
		this.appToken = appToken;
		this.link = link;
		this.pool = new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(QUEUE), threads(), callerRunsUnlessStopping());
		this.pool.allowCoreThreadTimeOut(true);
	}

	/**
	 * Asks Slack for a connection URL (apps.connections.open) and starts connecting; Slack's hello comes
	 * later, on the connection.
	 * @throws Exception when Slack refuses the app-level token or cannot be reached
	 */
	void start() throws Exception {
		this.socketModeApp = new SocketModeApp(this::newClient, this.app);
		this.socketModeApp.startAsync();
		logger.info("Slack Socket Mode: connecting; envelopes are handled {} at a time", this.pool.getMaximumPoolSize());
	}

	private SocketModeClient newClient() {
		try {
			SocketModeClient client = this.app.slack().socketMode(this.appToken, SocketModeClient.Backend.JavaWebSocket);
			this.link.starting(client::verifyConnection);
			client.addWebSocketMessageListener(new SocketModeEnvelopes(this.app, client, this.pool, this.link));
			client.addWebSocketCloseListener(this.link::closed);
			client.addWebSocketErrorListener(this.link::failed);
			return client;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lets handlers under way finish and send their acks, then closes the connection. */
	void stop() {
		this.link.stopping();
		this.pool.shutdown();
		try {
			if (!this.pool.awaitTermination(5, TimeUnit.SECONDS)) {
				logger.warn("Slack Socket Mode: {} envelope(s) still running at shutdown", this.pool.getActiveCount());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.socketModeApp == null) {
			return;
		}
		SocketModeClient client = this.socketModeApp.getClient();
		try {
			if (client != null) {
				// Closes the connection and Bolt's reader and reconnect threads.
				client.close();
			}
			this.socketModeApp.stop();
		}
		catch (Exception ex) {
			logger.warn("Closing the Socket Mode connection failed: {}", ex.getClass().getSimpleName());
		}
		this.socketModeApp = null;
	}

	/**
	 * A full queue slows the connection's reader down instead of dropping envelopes; while stopping, an
	 * envelope is left unacknowledged, so Slack delivers it again (to another instance, if there is one).
	 */
	private static RejectedExecutionHandler callerRunsUnlessStopping() {
		return (task, executor) -> {
			if (!executor.isShutdown()) {
				task.run();
			}
		};
	}

	private static ThreadFactory threads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "socket-mode-envelope-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
