package io.studycoach.delivery;

import io.studycoach.ops.CoachMetrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Sends a study channel's question of the day, at most once per local day. Called by the tick for
 * each due channel, and by {@code /quiz post}; it also schedules any daily target (subscribers' DMs
 * are sent by {@link DirectQuestions}).
 */
@Service
public class DailyDelivery implements DueHandler {

	private static final Logger logger = LoggerFactory.getLogger(DailyDelivery.class);

	private final ChannelStore channels;

	private final DueIndex due;

	private final SendLedger ledger;

	private final ChannelQuestions channelQuestions;

	private final Outbox outbox;

	private final CoachMetrics metrics;

	private final Clock clock;

	DailyDelivery(ChannelStore channels, DueIndex due, SendLedger ledger, ChannelQuestions channelQuestions,
			Outbox outbox, CoachMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.channels = channels;
		this.due = due;
		this.ledger = ledger;
		this.channelQuestions = channelQuestions;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Override
	public boolean handles(DueTarget.Kind kind) {
		return kind == DueTarget.Kind.CHANNEL_QUESTION;
	}

	/** Sends what is due for {@code target} now, then moves it to its next send. */
	@Override
	public void deliverDue(String teamId, DueTarget target) {
		Instant now = this.clock.instant();
		Optional<ChannelSettings> settings = this.channels.find(teamId, target.id());
		if (settings.isEmpty() || settings.get().paused()) {
			this.due.remove(teamId, target);
			return;
		}
		ChannelSettings channel = settings.get();
		Optional<LocalDate> today = channel.schedule().dueToday(now, channel.zone());
		if (today.isEmpty() || sendChannel(teamId, channel, today.get(), now).done()) {
			reschedule(teamId, target, channel.schedule(), channel.zone(), now);
		}
	}

	/** {@code /quiz post}: today's question now, counting as today's post. */
	public Result postNow(String teamId, ChannelSettings channel) {
		Instant now = this.clock.instant();
		Result result = sendChannel(teamId, channel, now.atZone(channel.zone()).toLocalDate(), now);
		if (result.done()) {
			reschedule(teamId, channel.target(), channel.schedule(), channel.zone(), now);
		}
		return result;
	}

	/** Puts a channel or subscriber on the schedule from now on. */
	public void schedule(String teamId, DueTarget target, SendSchedule schedule, ZoneId zone) {
		reschedule(teamId, target, schedule, zone, this.clock.instant());
	}

	public void pauseChannel(String teamId, String channelId, PauseReason reason, boolean tellLeads) {
		Optional<ChannelSettings> settings = this.channels.find(teamId, channelId);
		if (settings.isEmpty() || settings.get().paused()) {
			return;
		}
		this.channels.pause(teamId, channelId, reason);
		this.due.remove(teamId, DueTarget.channelQuestion(channelId));
		logger.info("Paused the daily question of a channel: {}", reason);
		if (tellLeads) {
			Set<String> leads = new LinkedHashSet<>();
			if (!settings.get().setupBy().isEmpty()) {
				leads.add(settings.get().setupBy());
			}
			leads.addAll(this.channels.addedLeads(teamId, channelId));
			this.outbox.notifyLeadsOfPause(teamId, channelId, leads, reason);
		}
	}

	private Result sendChannel(String teamId, ChannelSettings channel, LocalDate day, Instant now) {
		ChannelPost[] prepared = new ChannelPost[1];
		SendOutcome outcome = this.ledger.sendOnce(teamId, channel.target(), day, channel.channelId(), marker -> {
			prepared[0] = this.channelQuestions.prepare(teamId, channel, now);
			return this.outbox.postChannelQuestion(teamId, channel.channelId(), prepared[0], marker);
		});
		if (outcome instanceof SendOutcome.Sent sent) {
			this.metrics.questionSent("channel");
			this.metrics.fanOutLag(Duration.between(channel.schedule().sendOn(day, channel.zone()), now));
			this.channelQuestions.posted(teamId, channel, prepared[0], sent.messageTs(), now);
		}
		else if (outcome instanceof SendOutcome.Refused refused) {
			pauseChannel(teamId, channel.channelId(), PauseReason.ofRefusal(refused.error()), true);
		}
		return Result.of(outcome);
	}

	private void reschedule(String teamId, DueTarget target, SendSchedule schedule, ZoneId zone, Instant now) {
		this.due.schedule(teamId, target, schedule.nextAfter(now, zone));
	}

	/** How a send ended. */
	public enum Result {

		/** BUSY: another sender holds today's send; it stays due until that one finishes or its lease ends. */
		SENT, ALREADY_SENT, REFUSED, RETRY, BUSY;

		static Result of(SendOutcome outcome) {
			if (outcome instanceof SendOutcome.Sent) {
				return SENT;
			}
			if (outcome instanceof SendOutcome.Refused) {
				return REFUSED;
			}
			if (outcome instanceof SendOutcome.Skipped skipped) {
				return skipped.busy() ? BUSY : ALREADY_SENT;
			}
			return RETRY;
		}

		/** Today's send is over: move on to the next one (a refusal has taken the target off the schedule). */
		boolean done() {
			return this == SENT || this == ALREADY_SENT;
		}

	}

}
