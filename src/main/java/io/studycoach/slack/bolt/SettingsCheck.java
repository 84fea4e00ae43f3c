package io.studycoach.slack.bolt;

import io.studycoach.config.InvalidSettingException;

import java.net.URI;
import java.util.regex.Pattern;

/** Checks the Slack settings before anything connects, so a mistake reads as one plain sentence. */
final class SettingsCheck {

	private static final String APP_PAGE = "your app's page at https://api.slack.com/apps";

	private static final Pattern BOT_TOKEN = Pattern.compile("xoxb-[A-Za-z0-9-]+");

	private static final Pattern APP_TOKEN = Pattern.compile("xapp-[A-Za-z0-9-]+");

	private static final Pattern SIGNING_SECRET = Pattern.compile("[A-Za-z0-9]{16,}");

	private SettingsCheck() {
	}

	static void check(SlackProperties properties) {
		if (properties.installable()) {
			checkInstallable(properties);
		}
		else if (blank(properties.botToken())) {
			throw new InvalidSettingException("SLACK_BOT_TOKEN", "is not set",
					"Copy the Bot User OAuth Token (xoxb-...) from OAuth & Permissions on " + APP_PAGE + ".");
		}
		else if (!BOT_TOKEN.matcher(properties.botToken().trim()).matches()) {
			throw new InvalidSettingException("SLACK_BOT_TOKEN", "does not look like a bot token (xoxb-...)",
					"Copy the Bot User OAuth Token from OAuth & Permissions on " + APP_PAGE + ".");
		}
		if (blank(properties.signingSecret())) {
			throw new InvalidSettingException("SLACK_SIGNING_SECRET", "is not set",
					"Copy the Signing Secret from Basic Information on " + APP_PAGE + ".");
		}
		if (!SIGNING_SECRET.matcher(properties.signingSecret().trim()).matches()) {
			throw new InvalidSettingException("SLACK_SIGNING_SECRET", "does not look like a signing secret",
					"Copy the Signing Secret from Basic Information on " + APP_PAGE + ".");
		}
		if (properties.socketMode() && !APP_TOKEN.matcher(properties.appToken().trim()).matches()) {
			throw new InvalidSettingException("SLACK_APP_TOKEN", "does not look like an app-level token (xapp-...)",
					"Create one with the connections:write scope under App-Level Tokens in Basic Information on "
							+ APP_PAGE + ", or leave it unset to use HTTP mode.");
		}
		if (!validHttpUrl(properties.apiUrl())) {
			throw new InvalidSettingException("SLACK_API_URL", "is not an http(s) URL",
					"Leave it unset to use https://slack.com/api/.");
		}
	}

	private static void checkInstallable(SlackProperties properties) {
		if (blank(properties.clientSecret())) {
			throw new InvalidSettingException("SLACK_CLIENT_SECRET", "is not set, but SLACK_CLIENT_ID is",
					"Copy the Client Secret from Basic Information on " + APP_PAGE
							+ ", or unset SLACK_CLIENT_ID to serve one workspace with SLACK_BOT_TOKEN.");
		}
		if (!blank(properties.botToken())) {
			throw new InvalidSettingException("SLACK_BOT_TOKEN", "is set together with SLACK_CLIENT_ID",
					"Set SLACK_BOT_TOKEN for one workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for installs "
							+ "to any workspace; not both.");
		}
		if (!blank(properties.redirectUri()) && !validHttpUrl(properties.redirectUri())) {
			throw new InvalidSettingException("SLACK_REDIRECT_URI", "is not an http(s) URL",
					"Set it to the public address of /slack/oauth_redirect, as listed under Redirect URLs on "
							+ APP_PAGE + ".");
		}
	}

	private static boolean validHttpUrl(String value) {
		try {
			URI uri = URI.create(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
