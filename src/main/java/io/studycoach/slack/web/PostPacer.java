package io.studycoach.slack.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spaces chat.postMessage calls the way Slack asks (https://api.slack.com/methods/chat.postMessage#rate_limiting):
 * about one message a second per channel, and a workspace-wide pace so a fan-out to thousands of
 * members does not run into the workspace cap; 429s with Retry-After remain the backstop. A 429
 * also teaches it the workspace's real limit: from then on it keeps to a little under the rate
 * Slack accepted in the second before, and speeds up again slowly while no 429 comes.
 */
final class PostPacer {

	private static final int REMEMBERED_CHANNELS = 10_000;

	private final long workspaceSpacingNanos;

	private final long channelSpacingNanos;

	private long nextWorkspaceSlot;

	/** Spacing learned from the latest 429, 0 when none; it fades while Slack stays quiet. */
	private long learnedSpacingNanos;

	private long learnedAt;

	/** Slots handed out in about the last second, oldest first, to tell the rate Slack accepted. */
	private final ArrayDeque<Long> recentSlots = new ArrayDeque<>();

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	/** Keep to this share of the rate Slack accepted before its 429. */
	private static final double MARGIN = 0.95;

	/**
	 * After a quiet minute the learned spacing shrinks by this factor every further quiet half
	 * minute: probing sooner costs a Retry-After pause each time.
	 */
	private static final double RECOVERY = 0.9;

	private static final long QUIET_BEFORE_RECOVERY = Duration.ofMinutes(1).toNanos();

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
	public PostPacer(int perMinute, Duration perChannel) {
		this.workspaceSpacingNanos = perMinute <= 0 ? 0 : Duration.ofMinutes(1).toNanos() / perMinute;
		this.channelSpacingNanos = perChannel.toNanos();
	}

	/** Waits until a message to {@code channel} may go. */
	public void await(String channel) throws InterruptedException {
		long wait;
		synchronized (this) {
			long now = System.nanoTime();
			long slot = Math.max(now, this.nextWorkspaceSlot);
			Long channelSlot = this.nextChannelSlot.get(channel);
			if (channelSlot != null) {
				slot = Math.max(slot, channelSlot);
			}
			this.nextWorkspaceSlot = slot + workspaceSpacing(now);
			this.recentSlots.addLast(slot);
			while (!this.recentSlots.isEmpty() && this.recentSlots.peekFirst() < now - SECOND) {
				this.recentSlots.removeFirst();
			}
			this.nextChannelSlot.put(channel, slot + this.channelSpacingNanos);
			wait = slot - now;
		}
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
	}

	/**
	 * Slack answered a post with 429: no slot until its Retry-After has passed, so the posts that
	 * queued meanwhile do not all go at once; then a little under what it accepted in the last second.
	 */
	public synchronized void limited(Duration retryAfter) {
		long now = System.nanoTime();
		this.nextWorkspaceSlot = Math.max(this.nextWorkspaceSlot, now + retryAfter.toNanos());
		long accepted = this.recentSlots.stream().filter(slot -> slot > now - SECOND && slot <= now).count();
		if (accepted < 2) {
			return;
		}
		long spacing = (long) (SECOND / (accepted * MARGIN));
		this.learnedSpacingNanos = Math.max(spacing, learned(now));
		this.learnedAt = now;
	}

	/** The spacing between two posts anywhere in the workspace, as of {@code now}. */
	public synchronized long workspaceSpacing(long now) {
		return Math.max(this.workspaceSpacingNanos, learned(now));
	}

	private long learned(long now) {
		if (this.learnedSpacingNanos == 0) {
			return 0;
		}
		long quiet = now - this.learnedAt - QUIET_BEFORE_RECOVERY;
		if (quiet <= 0) {
			return this.learnedSpacingNanos;
		}
		return (long) (this.learnedSpacingNanos * Math.pow(RECOVERY, quiet / (30.0 * SECOND)));
	}

}
