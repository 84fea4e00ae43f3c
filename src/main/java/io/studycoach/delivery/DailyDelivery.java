package io.studycoach.delivery;

import io.studycoach.ops.CoachMetrics;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.UserProfile;
import io.studycoach.quiz.QuizService;

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
 * Sends one target's question of the day, at most once per local day: a study channel's post or a
 * subscriber's DM. Called by the tick for each due target, and by {@code /quiz post}.
 */
@Service
public class DailyDelivery implements DueHandler {

	private static final Logger logger = LoggerFactory.getLogger(DailyDelivery.class);

	private final ChannelStore channels;

	private final SubscriptionStore subscriptions;

	private final DueIndex due;

	private final SendLedger ledger;

	private final ChannelQuestions channelQuestions;

	private final QuizService quiz;

	private final Outbox outbox;

	private final UserDirectory users;

	private final CoachMetrics metrics;

	private final Clock clock;

	DailyDelivery(ChannelStore channels, SubscriptionStore subscriptions, DueIndex due, SendLedger ledger,
			ChannelQuestions channelQuestions, QuizService quiz, Outbox outbox, UserDirectory users,
			CoachMetrics metrics, Clock clock) {
		this.metrics = metrics;
		this.channels = channels;
		this.subscriptions = subscriptions;
		this.due = due;
		this.ledger = ledger;
		this.channelQuestions = channelQuestions;
		this.quiz = quiz;
		this.outbox = outbox;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public boolean handles(DueTarget.Kind kind) {
		return kind == DueTarget.Kind.CHANNEL_QUESTION || kind == DueTarget.Kind.DIRECT_QUESTION;
	}

	/** Sends what is due for {@code target} now, then moves it to its next send. */
	@Override
	public void deliverDue(String teamId, DueTarget target) {
		Instant now = this.clock.instant();
		if (target.kind() == DueTarget.Kind.CHANNEL_QUESTION) {
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
			return;
		}
		String userId = target.id();
		Optional<Subscription> subscription = this.subscriptions.find(teamId, userId);
		if (subscription.isEmpty()) {
			this.due.remove(teamId, target);
			return;
		}
		UserProfile profile = this.users.profile(teamId, userId);
		if (profile.deleted()) {
			unsubscribe(teamId, userId, "deactivated");
			return;
		}
		SendSchedule schedule = subscription.get().schedule();
		Optional<LocalDate> today = schedule.dueToday(now, profile.zone());
		if (today.isEmpty() || sendDirect(teamId, userId, schedule, profile.zone(), today.get()).done()) {
			reschedule(teamId, target, schedule, profile.zone(), now);
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

	public void unsubscribe(String teamId, String userId, String reason) {
		this.subscriptions.delete(teamId, userId);
		this.due.remove(teamId, DueTarget.directQuestion(userId));
		logger.info("Ended a daily DM subscription: {}", reason);
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

	private Result sendDirect(String teamId, String userId, SendSchedule schedule, ZoneId zone, LocalDate day) {
		SendOutcome outcome = this.ledger.sendOnce(teamId, DueTarget.directQuestion(userId), day, userId, marker -> {
			QuizService.Asked asked = this.quiz.ask(teamId, userId, userId, "", zone, Delivery.Kind.DIRECT);
			return this.outbox.postDirectQuestion(teamId, userId, asked, marker);
		});
		if (outcome instanceof SendOutcome.Sent) {
			this.metrics.fanOutLag(Duration.between(schedule.sendOn(day, zone), this.clock.instant()));
		}
		else if (outcome instanceof SendOutcome.Refused refused) {
			unsubscribe(teamId, userId, refused.error());
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
