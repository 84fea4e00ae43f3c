package io.studycoach.delivery;

/** A member's daily DM: a local time in their own Slack time zone, on study days. */
public record Subscription(String userId, SendSchedule schedule) {

	public String target() {
		return DueIndex.directTarget(this.userId);
	}

}
