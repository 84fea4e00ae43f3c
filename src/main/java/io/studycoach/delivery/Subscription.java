package io.studycoach.delivery;

/** A member's daily DM: a local time in their own Slack time zone, on study days. */
public record Subscription(String userId, SendSchedule schedule) {

	public DueTarget target() {
		return DueTarget.directQuestion(this.userId);
	}

}
