package io.studycoach.slack.summary;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.slack.Message;
import io.studycoach.slack.SlackCalls;
import io.studycoach.slack.channel.SlackOutbox;
import io.studycoach.summary.PersonalWeek;
import io.studycoach.summary.SummaryChart;
import io.studycoach.summary.SummaryOutbox;
import io.studycoach.summary.WeeklySummary;

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
 * Posts summaries, then uploads the chart with Slack's current file flow
 * (https://api.slack.com/messaging/files#uploading_files): files.getUploadURLExternal, the bytes to the
 * returned upload_url, then files.completeUploadExternal to share it in the channel. files.upload is
 * retired. The text goes out first, so a failed chart never holds the summary back.
 */
@Component
class SlackSummaryOutbox implements SummaryOutbox {

	private static final Logger logger = LoggerFactory.getLogger(SlackSummaryOutbox.class);

	private final SlackCalls slack;

	private final SummaryView view;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final SummaryTeaser teaser;

	SlackSummaryOutbox(SlackCalls slack, SummaryView view, SummaryTeaser teaser) {
		this.slack = slack;
		this.view = view;
		this.teaser = teaser;
	}

	/**
	 * A short teaser in the channel (it carries the send's marker), then the summary and its chart as
	 * replies in the teaser's thread. The teaser is what counts as sent; a failed reply is logged.
	 */
	@Override
	public SendOutcome postChannelSummary(String teamId, WeeklySummary summary, String marker) {
		SendOutcome outcome = SlackOutbox.post(this.slack, teamId, summary.channelId(), this.teaser.render(summary),
				marker);
		if (outcome instanceof SendOutcome.Sent sent) {
			Message details = this.view.channelSummary(teamId, summary);
			try {
				ChatPostMessageResponse reply = this.slack.post(teamId, summary.channelId(),
						c -> c.chatPostMessage(r -> r.channel(summary.channelId())
							.threadTs(sent.messageTs())
							.text(details.text())
							.blocks(details.blocks())));
				if (!reply.isOk()) {
					logger.warn("The weekly summary's details were not posted: {}", reply.getError());
				}
			}
			catch (RuntimeException ex) {
				logger.warn("The weekly summary's details were not posted: {}", ex.getMessage());
			}
			if (summary.thisWeek().answers() > 0) {
				uploadChart(teamId, summary, sent.messageTs());
			}
		}
		return outcome;
	}

	@Override
	public SendOutcome postPersonalWeek(String teamId, String userId, PersonalWeek week, String marker) {
		return SlackOutbox.post(this.slack, teamId, userId, this.view.personalWeek(week), marker);
	}

	/** Uploads the chart; any failure is logged and the summary stands without it. */
	void uploadChart(String teamId, WeeklySummary summary, String threadTs) {
		try {
			byte[] png = SummaryChart.png(summary);
			String filename = "study-coach-week-" + summary.monday() + ".png";
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
				logger.warn("Uploading the weekly chart's bytes failed with HTTP {}", sent.statusCode());
				return;
			}
			FilesCompleteUploadExternalResponse complete = this.slack.call(teamId, "files.completeUploadExternal",
					c -> c.filesCompleteUploadExternal(r -> r.channelId(summary.channelId())
						.threadTs(threadTs)
						.files(List.of(FileDetails.builder()
							.id(upload.getFileId())
							.title("Accuracy by domain, week of " + summary.monday())
							.build()))));
			if (!complete.isOk()) {
				logger.warn("Sharing the weekly chart failed: {}", complete.getError());
			}
		}
		catch (Exception ex) {
			logger.warn("The weekly chart was not posted: {}", ex.getMessage());
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
