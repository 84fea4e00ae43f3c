package io.studycoach.delivery;

import io.studycoach.ops.CoachMetrics;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.UserProfile;
import io.studycoach.quiz.QuizService;
import io.studycoach.redis.Redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** Sends a subscriber's question of the day by DM, at most once per their local day. */
@Service
public class DirectQuestions implements DueHandler {

	private static final Logger logger = LoggerFactory.getLogger(DirectQuestions.class);

	private final SubscriptionStore subscriptions;

	private final DueIndex due;

	private final SendLedger ledger;

	private final QuizService quiz;

	private final Outbox outbox;

	private final UserDirectory users;

	private final CoachMetrics metrics;

	private final Clock clock;

	DirectQuestions(SubscriptionStore subscriptions, DueIndex due, SendLedger ledger, QuizService quiz, Outbox outbox,
			UserDirectory users, CoachMetrics metrics, Clock clock) {
		this.subscriptions = subscriptions;
		this.due = due;
		this.ledger = ledger;
		this.quiz = quiz;
		this.outbox = outbox;
		this.users = users;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public boolean handles(DueTarget.Kind kind) {
		return kind == DueTarget.Kind.DIRECT_QUESTION;
	}

	/** Sends the subscriber's question if due now, then moves them to their next send. */
	@Override
	public void deliverDue(String teamId, DueTarget target) {
		Instant now = this.clock.instant();
		String userId = target.id();
		// The subscription and the cached profile are read in one round trip; Slack is asked for a
		// profile only when none is cached and the member is still subscribed.
		CompletableFuture<Optional<Subscription>> asked = this.subscriptions.findLater(teamId, userId);
		CompletableFuture<Optional<UserProfile>> cachedProfile = this.users.cachedLater(teamId, userId);
		Optional<Subscription> subscription = Redis.await(asked);
		Optional<UserProfile> cached = Redis.await(cachedProfile);
		if (subscription.isEmpty()) {
			this.due.remove(teamId, target);
			return;
		}
		UserProfile profile = cached.orElseGet(() -> this.users.profile(teamId, userId));
		if (profile.deleted()) {
			unsubscribe(teamId, userId, "deactivated");
			return;
		}
		SendSchedule schedule = subscription.get().schedule();
		Optional<LocalDate> today = schedule.dueToday(now, profile.zone());
		if (today.isEmpty() || sendDirect(teamId, userId, schedule, profile.zone(), today.get()).done()) {
			this.due.schedule(teamId, target, schedule.nextAfter(now, profile.zone()));
		}
	}

	public void unsubscribe(String teamId, String userId, String reason) {
		this.subscriptions.delete(teamId, userId);
		this.due.remove(teamId, DueTarget.directQuestion(userId));
		logger.info("Ended a daily DM subscription: {}", reason);
	}

	private DailyDelivery.Result sendDirect(String teamId, String userId, SendSchedule schedule, ZoneId zone, LocalDate day) {
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
		return DailyDelivery.Result.of(outcome);
	}

}
