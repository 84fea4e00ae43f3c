package io.studycoach.slack.bolt;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the coach reaches Slack, from {@code SLACK_*} environment variables (see application.yml).
 * With a bot token it serves one workspace; with a client id and secret instead, any workspace that
 * installs it through {@code /slack/install} (https://api.slack.com/authentication/oauth-v2).
 *
 * @param botToken the bot token, {@code xoxb-...} ({@code SLACK_BOT_TOKEN}); one workspace
 * @param signingSecret the signing secret that proves requests come from Slack ({@code SLACK_SIGNING_SECRET})
 * @param appToken an app-level token, {@code xapp-...}; when set the coach uses Socket Mode ({@code SLACK_APP_TOKEN})
 * @param apiUrl the Web API base URL ({@code SLACK_API_URL}); tests and the sandbox point it elsewhere
 * @param clientId the app's client id ({@code SLACK_CLIENT_ID}); with the secret, turns on installs
 * @param clientSecret the app's client secret ({@code SLACK_CLIENT_SECRET})
 * @param redirectUri the public URL of {@code /slack/oauth_redirect} ({@code SLACK_REDIRECT_URI}); may be
 * left out when the app has a single redirect URL
 * @param scopes the bot scopes an install asks for: the manifest's
 */
@ConfigurationProperties("slack")
public record SlackProperties(String botToken, String signingSecret, String appToken,
		@DefaultValue("https://slack.com/api/") String apiUrl, String clientId, String clientSecret, String redirectUri,
		@DefaultValue({ "commands", "chat:write", "channels:read", "groups:read", "users:read", "files:write", "im:write",
				"im:history", "channels:history", "groups:history" }) List<String> scopes) {

	public boolean socketMode() {
		return this.appToken != null && !this.appToken.isBlank();
	}

	/** Whether workspaces install the coach through OAuth, rather than it serving one workspace's token. */
	public boolean installable() {
		return this.clientId != null && !this.clientId.isBlank();
	}

	public String apiUrlWithSlash() {
		return this.apiUrl.endsWith("/") ? this.apiUrl : this.apiUrl + "/";
	}

	/** Never print the secrets. */
	@Override
	public String toString() {
		return "SlackProperties[apiUrl=" + this.apiUrl + ", socketMode=" + socketMode() + ", installable="
				+ installable() + "]";
	}

}
