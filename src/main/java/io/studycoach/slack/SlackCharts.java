package io.studycoach.slack;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.slack.web.SlackUnavailableException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Shares a chart (an exam's result, a week's summary) with Slack's current file flow
 * (https://api.slack.com/messaging/files#uploading_files): files.getUploadURLExternal, the bytes to
 * the upload_url, then files.completeUploadExternal (files.upload is retired). A chart that fails is
 * logged and left out; the text it illustrates has gone out already. Drawing one takes about 60 ms of
 * CPU, so {@link #shareLater} draws on a thread of its own, after the text: a thousand results at one
 * deadline are not held back by their charts, and clicks are not slowed by them. When a burst leaves
 * too many waiting, the latest are dropped.
 */
@Component
public class SlackCharts implements DisposableBean {

	/** Charts waiting beyond this many are dropped rather than queued without end. */
	private static final int WAITING = 2_000;

	private static final Logger logger = LoggerFactory.getLogger(SlackCharts.class);

	private final SlackCalls slack;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final ThreadPoolExecutor drawing;

	SlackCharts(SlackCalls slack) {
		this.slack = slack;
		this.drawing = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), task -> {
			Thread thread = new Thread(task, "charts");
			thread.setDaemon(true);
			return thread;
		}, (task, pool) -> logger.warn("Too many charts waiting; one was left out"));
	}

	/**
	 * Draws a chart and shares it, later, on the charts' own thread.
	 * @param channel the channel, or a DM's channel id (files.completeUploadExternal takes a channel, not a user)
	 */
	public void shareLater(String teamId, Supplier<Optional<String>> channel, String filename, String title,
			Supplier<byte[]> png) {
		this.drawing.execute(() -> {
			try {
				channel.get().ifPresent(id -> share(teamId, id, filename, title, png.get()));
			}
			catch (RuntimeException ex) {
				logger.warn("A chart was not shared: {}", ex.getMessage());
			}
		});
	}

	/** The member's DM with the coach (conversations.open), where private charts go. */
	public Optional<String> directMessage(String teamId, String userId) {
		try {
			ConversationsOpenResponse open = this.slack.call(teamId, "conversations.open",
					c -> c.conversationsOpen(r -> r.users(List.of(userId))));
			return open.isOk() && open.getChannel() != null ? Optional.of(open.getChannel().getId()) : Optional.empty();
		}
		catch (SlackUnavailableException ex) {
			return Optional.empty();
		}
	}

	/** Uploads and shares now, on the caller's thread; true when Slack shared it. */
	public boolean share(String teamId, String channel, String filename, String title, byte[] png) {
		return share(teamId, channel, null, filename, title, png);
	}

	/**
	 * As {@link #share(String, String, String, String, byte[])}, as a reply in a thread.
	 *
	 * @param threadTs the thread's first message, or null to share in the channel itself
	 */
	public boolean share(String teamId, String channel, String threadTs, String filename, String title, byte[] png) {
		try {
			FilesGetUploadURLExternalResponse upload = this.slack.call(teamId, "files.getUploadURLExternal",
					c -> c.filesGetUploadURLExternal(r -> r.filename(filename).length(png.length)));
			if (!upload.isOk()) {
				return false;
			}
			HttpResponse<Void> sent = this.http.send(HttpRequest.newBuilder(URI.create(upload.getUploadUrl()))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "image/png")
				.POST(HttpRequest.BodyPublishers.ofByteArray(png))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (sent.statusCode() != 200) {
				logger.warn("Uploading a chart's bytes failed with HTTP {}", sent.statusCode());
				return false;
			}
			FilesCompleteUploadExternalResponse complete = this.slack.call(teamId, "files.completeUploadExternal",
					c -> c.filesCompleteUploadExternal(r -> r.channelId(channel)
						.threadTs(threadTs)
						.files(List.of(FileDetails.builder().id(upload.getFileId()).title(title).build()))));
			if (!complete.isOk()) {
				logger.warn("Sharing a chart failed: {}", complete.getError());
			}
			return complete.isOk();
		}
		catch (Exception ex) {
			logger.warn("A chart was not shared: {}", ex.getMessage());
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return false;
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.drawing.shutdown();
		this.drawing.awaitTermination(5, TimeUnit.SECONDS);
	}

}
