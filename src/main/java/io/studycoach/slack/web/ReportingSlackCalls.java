package io.studycoach.slack.web;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiTextResponse;
import io.studycoach.delivery.WorkspaceBreaker;
import io.studycoach.ops.CoachMetrics;

import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@link SlackCalls} that tell the workspace breaker how each call ended: a success, or a refusal that
 * may point at the coach's settings rather than at one channel or member (an auth error, or a channel or
 * user that the token cannot see). Other errors (rate limits, bad blocks, ...) say nothing about the
 * settings and are not reported.
 */
public class ReportingSlackCalls extends SlackCalls {

	/** Slack's errors for a token it does not take (https://api.slack.com/methods/auth.test#errors). */
	static final Set<String> AUTH_ERRORS = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked",
			"token_expired");

	/** What a token of another workspace or app gets for every channel and member it is asked about. */
	static final Set<String> NOT_FOUND_ERRORS = Set.of("channel_not_found", "user_not_found");

	private final WorkspaceBreaker breaker;

	public ReportingSlackCalls(Slack slack, BotTokens tokens, SlackRetryProperties retry, CoachMetrics metrics,
			BiConsumer<String, String> workspaceGone, WorkspaceBreaker breaker) {
		super(slack, tokens, retry, metrics, workspaceGone);
		this.breaker = breaker;
	}

	@Override
	public <T extends SlackApiTextResponse> T call(String teamId, String method, Call<T> call) {
		T response = super.call(teamId, method, call);
		if (response.isOk()) {
			this.breaker.succeeded(teamId);
		}
		else if (AUTH_ERRORS.contains(response.getError()) || NOT_FOUND_ERRORS.contains(response.getError())) {
			this.breaker.refused(teamId, response.getError());
		}
		return response;
	}

}
