package io.studycoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Connects to Slack over Socket Mode (https://api.slack.com/apis/socket-mode) when an app-level
 * token is set, so the coach runs on a laptop without a public Request URL. The HTTP endpoint stays
 * up either way.
 */
class SocketModeRunner implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SocketModeRunner.class);

	private final SlackProperties properties;

	private final App app;

	private SocketModeApp socketModeApp;

	SocketModeRunner(SlackProperties properties, App app) {
		this.properties = properties;
		this.app = app;
	}

	@Override
	public void start() {
		if (!this.properties.socketMode()) {
			logger.info("Slack HTTP mode: set the Request URL to https://<your host>{}", SlackConfiguration.EVENTS_PATH);
			return;
		}
		try {
			this.socketModeApp = new SocketModeApp(this.properties.appToken().trim(),
					SocketModeClient.Backend.JavaWebSocket, this.app);
			this.socketModeApp.startAsync();
			logger.info("Slack Socket Mode: connected; no public URL needed");
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not open a Socket Mode connection: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void stop() {
		if (this.socketModeApp != null) {
			try {
				this.socketModeApp.close();
			}
			catch (Exception ex) {
				logger.warn("Closing the Socket Mode connection failed: {}", ex.getMessage());
			}
			this.socketModeApp = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.socketModeApp != null;
	}

}
