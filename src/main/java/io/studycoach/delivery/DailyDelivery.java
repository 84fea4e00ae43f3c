package io.studycoach.delivery;

import io.studycoach.ops.CoachMetrics;
import io.studycoach.progress.Delivery;
import io.studycoach.quiz.QuizService;
import io.studycoach.progress.UserProfile;

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
	public boolean handles(String target) {
		return DueIndex.isChannel(target) || target.startsWith(DueIndex.directTarget(""));
	}

	/** Sends what is due for {@code target} now, then moves it to its next send. */
	@Override
	public void deliverDue(String teamId, String target) {
		Instant now = this.clock.instant();
		if (DueIndex.isChannel(target)) {
			Optional<ChannelSettings> settings = this.channels.find(teamId, DueIndex.id(target));
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
		String userId = DueIndex.id(target);
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
	public void schedule(String teamId, String target, SendSchedule schedule, ZoneId zone) {
		reschedule(teamId, target, schedule, zone, this.clock.instant());
	}

	public void pauseChannel(String teamId, String channelId, String reason, boolean tellLeads) {
		Optional<ChannelSettings> settings = this.channels.find(teamId, channelId);
		if (settings.isEmpty() || settings.get().paused()) {
			return;
		}
		this.channels.setPaused(teamId, channelId, true, reason);
		this.due.remove(teamId, DueIndex.channelTarget(channelId));
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
		this.due.remove(teamId, DueIndex.directTarget(userId));
		logger.info("Ended a daily DM subscription: {}", reason);
	}

	private Result sendChannel(String teamId, ChannelSettings channel, LocalDate day, Instant now) {
		String target = channel.target();
		if (!this.ledger.claim(teamId, target, day)) {
			return this.ledger.busy(teamId, target, day) ? Result.BUSY : Result.ALREADY_SENT;
		}
		if (postedBefore(teamId, channel.channelId(), target, day)) {
			return Result.ALREADY_SENT;
		}
		ChannelPost post = this.channelQuestions.prepare(teamId, channel, now);
		// Wall-clock time, not the coach's clock: it is compared with Slack's own message times.
		this.ledger.markAttempt(teamId, target, day, Instant.now());
		SendOutcome outcome = this.outbox.postChannelQuestion(teamId, channel.channelId(), post, marker(target, day));
		if (outcome instanceof SendOutcome.Sent sent) {
			this.metrics.questionSent("channel");
			this.metrics.fanOutLag(Duration.between(channel.schedule().sendOn(day, channel.zone()), now));
			this.channelQuestions.posted(teamId, channel, post, sent.messageTs(), now);
			this.ledger.complete(teamId, target, day, "sent");
			return Result.SENT;
		}
		if (outcome instanceof SendOutcome.Refused refused) {
			this.ledger.complete(teamId, target, day, refused.error());
			pauseChannel(teamId, channel.channelId(), refused.error(), true);
			return Result.REFUSED;
		}
		this.ledger.release(teamId, target, day);
		return Result.RETRY;
	}

	private Result sendDirect(String teamId, String userId, SendSchedule schedule, ZoneId zone, LocalDate day) {
		String target = DueIndex.directTarget(userId);
		if (!this.ledger.claim(teamId, target, day)) {
			return this.ledger.busy(teamId, target, day) ? Result.BUSY : Result.ALREADY_SENT;
		}
		if (postedBefore(teamId, userId, target, day)) {
			return Result.ALREADY_SENT;
		}
		QuizService.Asked asked = this.quiz.ask(teamId, userId, userId, "", zone, Delivery.Kind.DIRECT);
		this.ledger.markAttempt(teamId, target, day, Instant.now());
		SendOutcome outcome = this.outbox.postDirectQuestion(teamId, userId, asked, marker(target, day));
		if (outcome instanceof SendOutcome.Sent) {
			this.metrics.fanOutLag(Duration.between(schedule.sendOn(day, zone), this.clock.instant()));
			this.ledger.complete(teamId, target, day, "sent");
			return Result.SENT;
		}
		if (outcome instanceof SendOutcome.Refused refused) {
			this.ledger.complete(teamId, target, day, refused.error());
			unsubscribe(teamId, userId, refused.error());
			return Result.REFUSED;
		}
		this.ledger.release(teamId, target, day);
		return Result.RETRY;
	}

	/**
	 * After a sender died between reaching Slack and recording it, the day's message may already be
	 * there: Slack's history, by the message's metadata, says whether it is.
	 */
	private boolean postedBefore(String teamId, String destination, String target, LocalDate day) {
		Optional<Instant> attempted = this.ledger.attemptedAt(teamId, target, day);
		if (attempted.isPresent() && this.outbox.alreadyPosted(teamId, destination, marker(target, day), attempted.get())) {
			logger.info("A daily question interrupted mid-send had reached Slack; not sending it again");
			this.ledger.complete(teamId, target, day, "sent");
			return true;
		}
		return false;
	}

	static String marker(String target, LocalDate day) {
		return target + "@" + day;
	}

	private void reschedule(String teamId, String target, SendSchedule schedule, ZoneId zone, Instant now) {
		this.due.schedule(teamId, target, schedule.nextAfter(now, zone));
	}

	/** How a send ended. */
	public enum Result {

		/** BUSY: another sender holds today's send; it stays due until that one finishes or its lease ends. */
		SENT, ALREADY_SENT, REFUSED, RETRY, BUSY;

		/** Today's send is over: move on to the next one (a refusal has taken the target off the schedule). */
		boolean done() {
			return this == SENT || this == ALREADY_SENT;
		}

	}

}
