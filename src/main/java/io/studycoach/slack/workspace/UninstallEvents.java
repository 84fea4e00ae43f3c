package io.studycoach.slack.workspace;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import io.studycoach.install.Workspaces;
import io.studycoach.slack.SlackListener;

import org.springframework.stereotype.Component;

/**
 * A workspace removing the coach: {@code app_uninstalled}, or {@code tokens_revoked} naming the bot
 * (https://api.slack.com/events/app_uninstalled, https://api.slack.com/events/tokens_revoked). Slack
 * sends both, in no set order; whichever comes first does the work and the second finds it done.
 * Bolt lets these two events through without an installation, since there is none by then.
 */
@Component
class UninstallEvents implements SlackListener {

	private final Workspaces workspaces;

	UninstallEvents(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public void register(App app) {
		app.event(AppUninstalledEvent.class, (payload, context) -> {
			this.workspaces.removed(payload.getTeamId(), "app_uninstalled");
			return context.ack();
		});
		app.event(TokensRevokedEvent.class, (payload, context) -> {
			TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
			// Only the bot's token matters: the coach asks for no user tokens.
			if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
				this.workspaces.removed(payload.getTeamId(), "tokens_revoked");
			}
			return context.ack();
		});
	}

}
