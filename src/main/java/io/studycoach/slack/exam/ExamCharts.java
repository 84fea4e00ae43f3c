package io.studycoach.slack.exam;

import io.studycoach.slack.SlackCalls;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Shares an exam chart in the learner's DM with Slack's current file flow
 * (https://api.slack.com/messaging/files#uploading_files): files.getUploadURLExternal, the bytes to
 * the upload_url, then files.completeUploadExternal. A chart that fails is logged and left out; the
 * text it illustrates has gone out already.
 */
@Component
class ExamCharts {

	private static final Logger logger = LoggerFactory.getLogger(ExamCharts.class);

	private final SlackCalls slack;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	ExamCharts(SlackCalls slack) {
		this.slack = slack;
	}

	/** @param channel the DM's channel id (files.completeUploadExternal takes a channel, not a user) */
	void share(String teamId, String channel, String filename, String title, byte[] png) {
		try {
			FilesGetUploadURLExternalResponse upload = this.slack.call(teamId, "files.getUploadURLExternal",
					c -> c.filesGetUploadURLExternal(r -> r.filename(filename).length(png.length)));
			if (!upload.isOk()) {
				return;
			}
			HttpResponse<Void> sent = this.http.send(HttpRequest.newBuilder(URI.create(upload.getUploadUrl()))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "image/png")
				.POST(HttpRequest.BodyPublishers.ofByteArray(png))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (sent.statusCode() != 200) {
				logger.warn("Uploading an exam chart's bytes failed with HTTP {}", sent.statusCode());
				return;
			}
			FilesCompleteUploadExternalResponse complete = this.slack.call(teamId, "files.completeUploadExternal",
					c -> c.filesCompleteUploadExternal(r -> r.channelId(channel)
						.files(List.of(FileDetails.builder().id(upload.getFileId()).title(title).build()))));
			if (!complete.isOk()) {
				logger.warn("Sharing an exam chart failed: {}", complete.getError());
			}
		}
		catch (Exception ex) {
			logger.warn("An exam chart was not shared: {}", ex.getMessage());
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
