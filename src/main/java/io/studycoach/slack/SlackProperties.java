package io.studycoach.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the coach reaches Slack, from {@code SLACK_*} environment variables (see application.yml).
 *
 * @param botToken the bot token, {@code xoxb-...} ({@code SLACK_BOT_TOKEN})
 * @param signingSecret the signing secret that proves requests come from Slack ({@code SLACK_SIGNING_SECRET})
 * @param appToken an app-level token, {@code xapp-...}; when set the coach uses Socket Mode ({@code SLACK_APP_TOKEN})
 * @param apiUrl the Web API base URL ({@code SLACK_API_URL}); tests and the sandbox point it elsewhere
 */
@ConfigurationProperties("slack")
public record SlackProperties(String botToken, String signingSecret, String appToken,
		@DefaultValue("https://slack.com/api/") String apiUrl) {

	public boolean socketMode() {
		return this.appToken != null && !this.appToken.isBlank();
	}

	public String apiUrlWithSlash() {
		return this.apiUrl.endsWith("/") ? this.apiUrl : this.apiUrl + "/";
	}

	/** Never print the secrets. */
	@Override
	public String toString() {
		return "SlackProperties[apiUrl=" + this.apiUrl + ", socketMode=" + socketMode() + "]";
	}

}
