package io.studycoach.slack.channel;

import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.ChannelQuestions;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.DeliveryStore;
import io.studycoach.slack.Message;
import io.studycoach.slack.QuestionView;
import io.studycoach.slack.web.SlackCalls;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps "12 answered" on a channel's question up to date with chat.update (Tier 3, about 50 a
 * minute), batched: the first answer in a window schedules one update at the window's end, and the
 * answers that follow within it ride along. The store marks the pending update, so several
 * instances still make one update per window.
 */
@Component
public class LiveCount implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(LiveCount.class);

	private final DeliveryStore deliveries;

	private final ChannelQuestions channelQuestions;

	private final QuestionBank bank;

	private final QuestionView questions;

	private final SlackCalls slack;

	private final Duration window;

	private final ScheduledExecutorService timer = new ScheduledThreadPoolExecutor(1, task -> {
		Thread thread = new Thread(task, "live-count");
		thread.setDaemon(true);
		return thread;
	});

	public LiveCount(DeliveryStore deliveries,
			ChannelQuestions channelQuestions, QuestionBank bank, QuestionView questions, SlackCalls slack,
			@Value("${coach.delivery.count-window:3s}") Duration window) {
		this.deliveries = deliveries;
		this.channelQuestions = channelQuestions;
		this.bank = bank;
		this.questions = questions;
		this.slack = slack;
		this.window = window;
	}

	/** Called after each counted answer to a channel's question. */
	public void answered(Delivery delivery) {
		if (this.deliveries.firstInCountWindow(delivery, this.window)) {
			this.timer.schedule(() -> update(delivery), this.window.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void update(Delivery delivery) {
		try {
			long answered = this.deliveries.answerCount(delivery);
			Message message = this.questions.renderChannel(this.channelQuestions.rebuild(delivery), answered);
			this.slack.call(delivery.teamId(), "chat.update", c -> c.chatUpdate(r -> r.channel(delivery.channelId())
				.ts(delivery.messageTs())
				.text(message.text())
				.blocks(message.blocks())));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not update a channel question's answer count: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdown();
	}

}
