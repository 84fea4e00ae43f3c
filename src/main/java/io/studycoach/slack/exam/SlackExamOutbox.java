package io.studycoach.slack.exam;

import io.studycoach.delivery.SendOutcome;
import io.studycoach.exam.ExamChart;
import io.studycoach.exam.ExamOutbox;
import io.studycoach.exam.ExamResult;
import io.studycoach.slack.Message;
import io.studycoach.slack.SlackCharts;
import io.studycoach.slack.channel.SlackOutbox;
import io.studycoach.slack.web.SlackCalls;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** Exams in the learner's DM with the coach: the exam's message, and the result when it is submitted. */
@Component
class SlackExamOutbox implements ExamOutbox {

	private final SlackCalls slack;

	private final ResultView results;

	private final SlackCharts charts;

	SlackExamOutbox(SlackCalls slack, ResultView results, SlackCharts charts) {
		this.slack = slack;
		this.results = results;
		this.charts = charts;
	}

	/** The result, then its chart by section (the text first, so a failed chart never holds it back). */
	@Override
	public SendOutcome postResult(String teamId, String userId, ExamResult result, String marker) {
		SendOutcome outcome = SlackOutbox.post(this.slack, teamId, userId, this.results.result(result), marker);
		if (outcome instanceof SendOutcome.Sent && !result.sections().isEmpty()) {
			shareChart(teamId, userId, "practice-exam-" + result.exam().id() + ".png",
					"Practice exam by guide section: " + result.percent() + "%", () -> ExamChart.result(result));
		}
		return outcome;
	}

	/** Shares a chart in the learner's DM, drawn later on the charts' own thread. */
	void shareChart(String teamId, String userId, String filename, String title, Supplier<byte[]> png) {
		this.charts.shareLater(teamId, () -> directMessage(teamId, userId), filename, title, png);
	}

	/**
	 * Opens the learner's DM with the coach (conversations.open) and posts there; the exam's later
	 * screens replace this message through each click's response_url.
	 */
	SendOutcome postToDirectMessage(String teamId, String userId, Message message) {
		Optional<String> channel = directMessage(teamId, userId);
		if (channel.isEmpty()) {
			return new SendOutcome.Failed("conversations.open failed");
		}
		return SlackOutbox.post(this.slack, teamId, channel.get(), message);
	}

	/** Posts a message of the exam's (a review page) where the learner clicked: their DM with the coach. */
	SendOutcome post(String teamId, String channel, Message message) {
		return SlackOutbox.post(this.slack, teamId, channel, message);
	}

	private Optional<String> directMessage(String teamId, String userId) {
		return this.charts.directMessage(teamId, userId);
	}

}
