package io.studycoach.slack.bolt;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import io.studycoach.config.InvalidSettingException;
import io.studycoach.delivery.ServedTeams;

import java.io.IOException;

import org.springframework.context.SmartLifecycle;

/**
 * Tells the delivery side which workspaces to serve before any of it starts: with installs, each
 * workspace through its own installation; with one bot token, only the workspace auth.test names for
 * that token, so a token of another workspace leaves the data of the one in Redis untouched. Runs once
 * the web server is up (the sandbox's stand-in for Slack is served by this same app) and before the
 * fan-out workers and the Bolt app start.
 */
class TokenWorkspace implements SmartLifecycle {

	/** After the web server (DEFAULT_PHASE - 2048), before the fan-out workers and Bolt (DEFAULT_PHASE). */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 512;

	private static final int ATTEMPTS = 3;

	private final Slack slack;

	private final SlackProperties properties;

	private final ServedTeams served;

	private volatile boolean running;

	TokenWorkspace(Slack slack, SlackProperties properties, ServedTeams served) {
		this.slack = slack;
		this.properties = properties;
		this.served = served;
	}

	@Override
	public void start() {
		if (this.properties.installable()) {
			this.served.serveAll();
		}
		else {
			this.served.serveOnly(authTest().getTeamId());
		}
		this.running = true;
	}

	private AuthTestResponse authTest() {
		String problem = "";
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			AuthTestResponse response;
			try {
				response = this.slack.methods(this.properties.botToken().trim()).authTest(r -> r);
			}
			catch (IOException | SlackApiException | RuntimeException ex) {
				problem = ex.getClass().getSimpleName();
				continue;
			}
			if (response.isOk() && response.getTeamId() != null) {
				return response;
			}
			throw new InvalidSettingException("SLACK_BOT_TOKEN", "was refused by Slack (" + response.getError() + ")",
					"Copy the Bot User OAuth Token again from OAuth & Permissions on your app's page at "
							+ "https://api.slack.com/apps, and check SLACK_API_URL if you set it.");
		}
		throw new InvalidSettingException("SLACK_BOT_TOKEN", "could not be checked with Slack's auth.test (" + problem + ")",
				"The coach learns its workspace from auth.test before it sends anything; check the network, and "
						+ "SLACK_API_URL if you set it.");
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
