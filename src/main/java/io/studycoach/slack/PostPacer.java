package io.studycoach.slack;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spaces chat.postMessage calls the way Slack asks (https://api.slack.com/methods/chat.postMessage#rate_limiting):
 * about one message a second per channel, and a workspace-wide pace so a fan-out to thousands of
 * members does not run into the workspace cap; 429s with Retry-After remain the backstop.
 */
final class PostPacer {

	private static final int REMEMBERED_CHANNELS = 10_000;

	private final long workspaceSpacingNanos;

	private final long channelSpacingNanos;

	private long nextWorkspaceSlot;

	private final Map<String, Long> nextChannelSlot = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
			return size() > REMEMBERED_CHANNELS;
		}
	};

	/**
	 * @param perMinute messages a minute across the workspace; 0 for no workspace pacing
	 * @param perChannel the time between two messages to one channel
	 */
	PostPacer(int perMinute, Duration perChannel) {
		this.workspaceSpacingNanos = perMinute <= 0 ? 0 : Duration.ofMinutes(1).toNanos() / perMinute;
		this.channelSpacingNanos = perChannel.toNanos();
	}

	/** Waits until a message to {@code channel} may go. */
	void await(String channel) throws InterruptedException {
		long wait;
		synchronized (this) {
			long now = System.nanoTime();
			long slot = Math.max(now, this.nextWorkspaceSlot);
			Long channelSlot = this.nextChannelSlot.get(channel);
			if (channelSlot != null) {
				slot = Math.max(slot, channelSlot);
			}
			this.nextWorkspaceSlot = slot + this.workspaceSpacingNanos;
			this.nextChannelSlot.put(channel, slot + this.channelSpacingNanos);
			wait = slot - now;
		}
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
	}

}
