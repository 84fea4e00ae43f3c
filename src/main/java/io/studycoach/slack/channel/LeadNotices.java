package io.studycoach.slack.channel;

import io.studycoach.slack.web.SlackCalls;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * DMs to a study channel's leads (it paused, it can be resumed), sent on threads of their own after
 * the event or the send that caused them has been acknowledged: a DM held up by Slack (a 429 with
 * Retry-After, a slow chat.postMessage) then holds up nothing else, neither the acknowledgement nor
 * the replies on the {@link io.studycoach.slack.Responder}'s threads. The queue is bounded; a notice
 * that finds it full is dropped and logged, as one that Slack refuses is: the channel's state in
 * Redis, not the notice, is what counts.
 */
@Component
class LeadNotices implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(LeadNotices.class);

	private final SlackCalls slack;

	private final ThreadPoolExecutor executor;

	LeadNotices(SlackCalls slack) {
		this.slack = slack;
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), task -> {
			Thread thread = new Thread(task, "lead-notices-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}, (task, pool) -> logger.warn("Too many lead notices waiting; one was dropped"));
	}

	/** Sends {@code text} by DM to each lead, after the caller has returned. */
	void send(String teamId, Collection<String> leads, String text) {
		List<String> to = List.copyOf(leads);
		if (to.isEmpty()) {
			return;
		}
		this.executor.execute(() -> {
			for (String lead : to) {
				try {
					this.slack.post(teamId, lead, c -> c.chatPostMessage(r -> r.channel(lead).text(text)));
				}
				catch (RuntimeException ex) {
					// SlackUnavailableException and anything else: one lead's failure skips only that lead.
					logger.warn("Could not send a study channel's lead a notice: {}", ex.getMessage());
				}
			}
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(5, TimeUnit.SECONDS);
	}

}
