package io.studycoach.slack.bolt;

import com.slack.api.bolt.App;
import io.studycoach.config.InvalidSettingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Builds the Bolt {@link App} once the web server is up (Bolt checks the bot token with auth.test as
 * it builds, and the sandbox's stand-in for Slack is served by this same server), so a refused token
 * still stops startup with a plain sentence. Then, when an app-level token is set, connects over
 * Socket Mode (https://api.slack.com/apis/socket-mode, {@link SocketModeConnection}), so the coach runs
 * on a laptop without a public Request URL; the HTTP endpoint stays up either way. A token Slack refuses
 * stops startup; a connection that cannot be made yet is retried, and health reports it.
 */
class SlackAppStarter implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SlackAppStarter.class);

	private final SlackProperties properties;

	private final SocketModeProperties socketMode;

	private final SocketModeLink link;

	private final ObjectProvider<App> app;

	private SocketModeConnection connection;

	private volatile boolean running;

	SlackAppStarter(SlackProperties properties, SocketModeProperties socketMode, SocketModeLink link,
			ObjectProvider<App> app) {
		this.properties = properties;
		this.socketMode = socketMode;
		this.link = link;
		this.app = app;
	}

	@Override
	public void start() {
		App bolt;
		try {
			bolt = this.app.getObject();
		}
		catch (RuntimeException ex) {
			String reason = rootMessage(ex);
			throw new InvalidSettingException("SLACK_BOT_TOKEN", "was refused by Slack (" + reason + ")",
					"Copy the Bot User OAuth Token again from OAuth & Permissions on your app's page at "
							+ "https://api.slack.com/apps, and check SLACK_API_URL if you set it.");
		}
		this.running = true;
		if (!this.properties.socketMode()) {
			logger.info("Slack HTTP mode: Slack sends commands, clicks and events to {}", SlackConfiguration.EVENTS_PATH);
			return;
		}
		try {
			this.connection = new SocketModeConnection(bolt, this.properties.appToken().trim(), this.socketMode,
					this.link);
			this.connection.start();
		}
		catch (Exception ex) {
			stop();
			throw new InvalidSettingException("SLACK_APP_TOKEN", "could not open a Socket Mode connection ("
					+ rootMessage(ex) + ")", "Check the app-level token (xapp-...) and that Socket Mode is enabled.");
		}
	}

	@Override
	public void stop() {
		if (this.connection != null) {
			this.connection.stop();
			this.connection = null;
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		// Bolt's messages never include the token; keep them short all the same.
		return message.length() > 120 ? message.substring(0, 120) : message;
	}

}
