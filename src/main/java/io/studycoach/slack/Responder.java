package io.studycoach.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.util.json.GsonFactory;
import io.studycoach.ops.ThrottledWarning;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts replies to a click's {@code response_url} after the click has been acknowledged, so Slack
 * gets its 200 within 3 seconds whatever the reply costs. The work waits on Slack (users.info, a
 * response_url post), not on the CPU, so the pool is wider than the machine. The pool and its queue
 * are bounded; a reply that finds both full is dropped with a warning, never posted on the request's
 * own thread: that would put Slack's latency back in front of the acknowledgement (a profile of B1
 * on a saturated machine showed request threads waiting on response_url posts that way).
 */
@Component
public class Responder implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(Responder.class);

	private final ThrottledWarning dropped = new ThrottledWarning(logger, Duration.ofSeconds(10),
			"A reply after an acknowledgement was dropped: {} are already waiting");

	private final ThrottledWarning postFailed = new ThrottledWarning(logger, Duration.ofSeconds(10),
			"Replying to a click after its acknowledgement failed: {}");

	/**
	 * One Gson for every reply. Bolt's own {@code respond} builds a new Gson for each post, and with it
	 * the reflective adapters of the whole Block Kit model: in B1's profile that was an eighth of the
	 * coach's CPU.
	 */
	private static final Gson JSON = GsonFactory.createSnakeCase();

	private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

	/** Threads posting replies; each mostly waits on Slack. */
	static final int THREADS = 16;

	/** Replies waiting at most; a response_url stays valid for 30 minutes, so a late reply still lands. */
	static final int QUEUE = 10_000;

	private final ThreadPoolExecutor executor;

	public Responder() {
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
				task -> {
					Thread thread = new Thread(task, "slack-responder-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, (task, executor) -> this.dropped.warn(executor.getQueue().size()));
	}

	/**
	 * Replaces the message the click came from (a question becomes its feedback); an ephemeral
	 * message stays ephemeral.
	 */
	public void replace(ActionContext context, boolean ephemeral, Message message) {
		replaceLater(context, ephemeral, () -> message);
	}

	/** Works out the replacement after the acknowledgement, so building it does not delay the ack. */
	public void replaceLater(ActionContext context, boolean ephemeral, Supplier<Message> reply) {
		send(context, () -> response(reply.get(), ephemeral ? "ephemeral" : null, true));
	}

	/** Works out a slash command's reply after the acknowledgement and sends it to the response_url. */
	public void later(SlashCommandContext context, Supplier<Message> reply) {
		this.executor.execute(() -> {
			try {
				Message message = reply.get();
				post(context, context.getResponseUrl(), SlashCommandResponse.builder()
					.responseType("ephemeral")
					.text(message.text())
					.blocks(message.blocks())
					.build());
			}
			catch (Exception ex) {
				logger.warn("Answering a slash command failed: {}", ex.getMessage());
			}
		});
	}

	/** Adds a new ephemeral message and leaves the original as it was (its buttons stay usable). */
	public void add(ActionContext context, Message message) {
		later(context, () -> message);
	}

	/** Works out a click's reply after the acknowledgement and adds it as an ephemeral message. */
	public void later(ActionContext context, Supplier<Message> reply) {
		send(context, () -> response(reply.get(), "ephemeral", false));
	}

	private static ActionResponse response(Message message, String responseType, boolean replaceOriginal) {
		return ActionResponse.builder()
			.responseType(responseType)
			.replaceOriginal(replaceOriginal)
			.text(message.text())
			.blocks(message.blocks())
			.build();
	}

	/** Runs work that calls Slack after the acknowledgement (for surfaces with no response_url). */
	public void background(Runnable work) {
		this.executor.execute(() -> {
			try {
				work.run();
			}
			catch (Exception ex) {
				logger.warn("Background work after an acknowledgement failed: {}", ex.getMessage());
			}
		});
	}

	/** Builds the reply and posts it on the responder's threads, after the acknowledgement. */
	private void send(ActionContext context, Supplier<ActionResponse> response) {
		this.executor.execute(() -> {
			try {
				post(context, context.getResponseUrl(), response.get());
			}
			catch (Exception ex) {
				this.postFailed.warn(ex.getMessage());
			}
		});
	}

	/** Posts a reply as Bolt would (snake_case JSON, on Bolt's HTTP client), with the one Gson. */
	private static void post(Context context, String responseUrl, Object reply) throws java.io.IOException {
		Request request = new Request.Builder().url(responseUrl)
			.post(RequestBody.create(JSON.toJson(reply), JSON_TYPE))
			.build();
		try (okhttp3.Response answer = context.getSlack().getHttpClient().getOkHttpClient().newCall(request).execute()) {
			if (!answer.isSuccessful()) {
				logger.warn("A response_url refused a reply: HTTP {}", answer.code());
			}
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(5, TimeUnit.SECONDS);
	}

}
