package io.studycoach.slack.web;

import io.studycoach.delivery.WorkspaceProbe;

import org.springframework.stereotype.Component;

/**
 * Answers the workspace breaker with auth.test (Tier 4): whether Slack takes the workspace's token now.
 * The call goes through {@link SlackCalls}, so it is retried, logged and reported like any other.
 */
@Component
class AuthTestProbe implements WorkspaceProbe {

	private final SlackCalls slack;

	AuthTestProbe(SlackCalls slack) {
		this.slack = slack;
	}

	@Override
	public boolean accepts(String teamId) {
		try {
			return this.slack.call(teamId, "auth.test", c -> c.authTest(r -> r)).isOk();
		}
		catch (SlackUnavailableException ex) {
			return false;
		}
	}

}
