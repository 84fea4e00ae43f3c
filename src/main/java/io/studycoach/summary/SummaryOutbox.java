package io.studycoach.summary;

import io.studycoach.delivery.SendOutcome;

/** How summaries reach Slack; the Slack side implements it. */
public interface SummaryOutbox {

	/** Posts the summary in its channel, then its chart (a failed chart upload leaves the text standing). */
	SendOutcome postChannelSummary(String teamId, WeeklySummary summary, String marker);

	SendOutcome postPersonalWeek(String teamId, String userId, PersonalWeek week, String marker);

}
