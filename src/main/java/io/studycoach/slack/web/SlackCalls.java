package io.studycoach.slack.web;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.studycoach.ops.CoachMetrics;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web API calls with Slack's rules for failures (https://api.slack.com/apis/rate-limits): on 429 every
 * caller of that method waits for Retry-After, 5xx and network errors are retried with exponential
 * backoff, and a Slack error ({@code ok: false}) is returned to the caller to act on. Bolt's
 * synchronous client does none of this itself.
 */
public class SlackCalls {

	private static final Logger logger = LoggerFactory.getLogger(SlackCalls.class);

	private static final String POST = "chat.postMessage";

	private final Slack slack;

	private final BotTokens tokens;

	/** A Web API client per bot token: one for a single workspace, one per installed workspace otherwise. */
	private final Map<String, MethodsClient> clients = new ConcurrentHashMap<>();

	/** Reads every answer: made once, not once per call as the SDK's own client does. */
	private final Gson gson;

	private final SlackRetryProperties retry;

	/** Per workspace and method: until when Slack asked us to wait (epoch millis). */
	private final Map<String, Long> blockedUntil = new ConcurrentHashMap<>();

	/** Per workspace: Slack's posting limits are per workspace. */
	private final Map<String, PostPacer> pacers = new ConcurrentHashMap<>();

	private final CoachMetrics metrics;

	/** Slack's errors that mean the workspace's token no longer works (LIMITS.md: "stop sending there"). */
	public static final Set<String> WORKSPACE_GONE = Set.of("invalid_auth", "token_revoked", "account_inactive",
			"token_expired");

	private final BiConsumer<String, String> workspaceGone;

	/**
	 * @param workspaceGone told (team, error) when Slack refuses a workspace's token, as it does once the
	 * workspace removed the coach and before (or instead of) the uninstall events arrive
	 */
	public SlackCalls(Slack slack, BotTokens tokens, SlackRetryProperties retry, CoachMetrics metrics,
			BiConsumer<String, String> workspaceGone) {
		this.workspaceGone = workspaceGone;
		this.slack = slack;
		this.gson = SharedGsonMethodsClient.gsonFor(slack);
		this.tokens = tokens;
		this.metrics = metrics;
		this.retry = retry;
	}

	/** chat.postMessage to {@code channel}, paced per channel and across the workspace. */
	public <T extends SlackApiTextResponse> T post(String teamId, String channel, Call<T> call) {
		try {
			// Wait out a 429 before taking a slot, so that the slots handed out are the posts that go.
			waitIfBlocked(limitKey(teamId, POST));
			pacer(teamId).await(channel);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SlackUnavailableException(POST, "interrupted");
		}
		return call(teamId, POST, call);
	}

	/**
	 * Calls {@code method} as the coach's bot in workspace {@code teamId}, retrying what may succeed later:
	 * at most {@code attempts} tries, and no wait (backoff or Retry-After) that would end more than
	 * {@code give-up-after} after the first try; nothing waits after the last try.
	 * @throws SlackUnavailableException when every attempt failed, the time was up, or the workspace has no
	 * installation
	 */
	public <T extends SlackApiTextResponse> T call(String teamId, String method, Call<T> call) {
		String token = this.tokens.botToken(teamId)
			.orElseThrow(() -> new SlackUnavailableException(method, "not installed in " + teamId));
		MethodsClient client = this.clients.computeIfAbsent(token,
				t -> SharedGsonMethodsClient.of(this.slack, t, this.gson));
		String limitKey = limitKey(teamId, method);
		long deadline = System.nanoTime() + this.retry.giveUpAfter().toNanos();
		String last = "HTTP 429";
		String outOfTime = "";
		int attempt = 0;
		while (attempt < this.retry.attempts()) {
			if (!waitIfBlocked(limitKey, deadline)) {
				outOfTime = " (Retry-After ends past give-up-after)";
				break;
			}
			attempt++;
			Duration backoff;
			try {
				T response = call.call(client);
				if (!response.isOk()) {
					// One line per refusal, with the method and Slack's error code, never the token.
					logger.warn("Slack {} failed in {}: {}", method, teamId, response.getError());
					this.metrics.slackError(method, response.getError());
					if (WORKSPACE_GONE.contains(response.getError())) {
						this.workspaceGone.accept(teamId, response.getError());
					}
				}
				return response;
			}
			catch (SlackApiException ex) {
				int status = ex.getResponse().code();
				last = "HTTP " + status;
				if (status == 429) {
					this.metrics.slackRateLimited(method);
					long seconds = retryAfter(ex);
					logger.info("Slack {} is rate limited; waiting {} s as asked", method, seconds);
					block(limitKey, Duration.ofSeconds(seconds));
					if (POST.equals(method)) {
						pacer(teamId).limited(Duration.ofSeconds(seconds));
					}
					// The next attempt waits for the block, like every other caller of the method.
					continue;
				}
				if (status < 500) {
					throw new SlackUnavailableException(method, last);
				}
				logger.warn("Slack {} answered {} (attempt {} of {})", method, status, attempt, this.retry.attempts());
				this.metrics.slackError(method, "http_" + status);
				backoff = backoff(attempt);
			}
			catch (IOException ex) {
				last = ex.getClass().getSimpleName();
				logger.warn("Slack {} could not be reached ({}, attempt {} of {})", method, last, attempt,
						this.retry.attempts());
				backoff = backoff(attempt);
			}
			if (attempt >= this.retry.attempts()) {
				break;
			}
			if (backoff.toNanos() > deadline - System.nanoTime()) {
				outOfTime = " (the next wait ends past give-up-after)";
				break;
			}
			sleep(backoff);
		}
		throw new SlackUnavailableException(method,
				last + " after " + attempt + (attempt == 1 ? " attempt" : " attempts") + outOfTime);
	}

	/** Slack's rate limits are per workspace and method. */
	private static String limitKey(String teamId, String method) {
		return teamId + "/" + method;
	}

	private PostPacer pacer(String teamId) {
		return this.pacers.computeIfAbsent(teamId,
				team -> new PostPacer(this.retry.postsPerMinute(), this.retry.channelSpacing()));
	}

	private static long retryAfter(SlackApiException ex) {
		String header = ex.getResponse().header("Retry-After");
		try {
			return header == null ? 1 : Math.max(1, Long.parseLong(header.trim()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	private Duration backoff(int attempt) {
		Duration wait = this.retry.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
		return wait.compareTo(this.retry.maxWait()) > 0 ? this.retry.maxWait() : wait;
	}

	private void block(String method, Duration wait) {
		Duration capped = wait.compareTo(this.retry.maxWait()) > 0 ? this.retry.maxWait() : wait;
		this.blockedUntil.merge(method, System.currentTimeMillis() + capped.toMillis(), Math::max);
	}

	/** Waits out a 429 on {@code method}; false, without waiting, when it lasts past {@code deadline} (nanoTime). */
	private boolean waitIfBlocked(String method, long deadline) {
		long wait = blockedFor(method);
		if (wait > 0 && Duration.ofMillis(wait).toNanos() > deadline - System.nanoTime()) {
			return false;
		}
		waitIfBlocked(method);
		return true;
	}

	/** Waits out a 429 on {@code method}, however long Slack asked for (capped at max-wait when recorded). */
	private void waitIfBlocked(String method) {
		long wait = blockedFor(method);
		if (wait > 0) {
			sleep(Duration.ofMillis(wait));
		}
	}

	private long blockedFor(String method) {
		Long until = this.blockedUntil.get(method);
		return until == null ? 0 : until - System.currentTimeMillis();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SlackUnavailableException("sleep", "interrupted");
		}
	}

	/** One Web API call. */
	@FunctionalInterface
	public interface Call<T> {

		T call(MethodsClient client) throws IOException, SlackApiException;

	}

}
