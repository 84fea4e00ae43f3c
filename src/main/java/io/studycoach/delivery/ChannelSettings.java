package io.studycoach.delivery;

import java.time.ZoneId;

/**
 * A study channel's daily question settings.
 *
 * @param setupBy who ran setup last; a lead
 * @param lastDeliveryId the delivery of the latest question of the day, for the next day's recap
 * @param pausedReason why it is paused, empty when it is not
 */
public record ChannelSettings(String channelId, SendSchedule schedule, ZoneId zone, boolean paused,
		String pausedReason, String setupBy, String lastDeliveryId) {

	/** Why the channel is paused (meaningful only while it is). */
	public PauseReason pauseReason() {
		return PauseReason.parse(this.pausedReason);
	}

	public DueTarget target() {
		return DueTarget.channelQuestion(this.channelId);
	}

}
