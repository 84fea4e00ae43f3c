package io.studycoach.slack.summary;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.exam.ExamProperties;
import io.studycoach.slack.Message;
import io.studycoach.slack.SlackCharts;
import io.studycoach.slack.channel.SlackOutbox;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.summary.PersonalWeek;
import io.studycoach.summary.SummaryChart;
import io.studycoach.summary.SummaryOutbox;
import io.studycoach.summary.WeeklySummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Posts summaries, then shares the week's chart in the channel ({@link SlackCharts}). The text goes
 * out first, so a failed chart never holds the summary back.
 */
@Component
class SlackSummaryOutbox implements SummaryOutbox {

	private static final Logger logger = LoggerFactory.getLogger(SlackSummaryOutbox.class);

	private final SlackCalls slack;

	private final SummaryView view;

	private final SlackCharts charts;

	private final ExamProperties exam;

	private final SummaryTeaser teaser;

	SlackSummaryOutbox(SlackCalls slack, SummaryView view, SlackCharts charts, ExamProperties exam, SummaryTeaser teaser) {
		this.slack = slack;
		this.view = view;
		this.charts = charts;
		this.exam = exam;
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
				this.charts.share(teamId, summary.channelId(), sent.messageTs(), filename(summary), title(summary),
						png(summary));
			}
		}
		return outcome;
	}

	@Override
	public SendOutcome postPersonalWeek(String teamId, String userId, PersonalWeek week, String marker) {
		return SlackOutbox.post(this.slack, teamId, userId, this.view.personalWeek(week), marker);
	}

	/** The lead's private preview: the chart goes to their DM with the coach, later, on the charts' thread. */
	void sharePreviewChart(String teamId, String userId, WeeklySummary summary) {
		if (summary.thisWeek().answers() > 0) {
			this.charts.shareLater(teamId, () -> this.charts.directMessage(teamId, userId), filename(summary),
					"Preview: " + title(summary), () -> png(summary));
		}
	}

	private byte[] png(WeeklySummary summary) {
		return SummaryChart.png(summary, this.exam.passMark());
	}

	private static String filename(WeeklySummary summary) {
		return "study-coach-week-" + summary.monday() + ".png";
	}

	private static String title(WeeklySummary summary) {
		return "Accuracy by domain, " + SummaryChart.week(summary.monday());
	}

}
