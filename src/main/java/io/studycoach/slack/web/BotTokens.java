package io.studycoach.slack.web;

import java.util.Optional;

/** The bot token to call Slack with for a workspace: the configured one, or the workspace's installation's. */
@FunctionalInterface
public interface BotTokens {

	public Optional<String> botToken(String teamId);

}
