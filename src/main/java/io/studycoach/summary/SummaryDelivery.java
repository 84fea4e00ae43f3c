package io.studycoach.summary;

import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.DueHandler;
import io.studycoach.delivery.DueIndex;
import io.studycoach.delivery.DueTarget;
import io.studycoach.delivery.SendLedger;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.delivery.Subscription;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.delivery.WeeklySchedule;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.UserProfile;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Weekly summaries: a study channel's, at its summary time, and each subscriber's own, on Monday at
 * their daily time. Once per week per channel or subscriber, through the same ledger as the daily
 * questions.
 */
@Service
public class SummaryDelivery implements DueHandler {

	/** How long a summary waits before looking again for the day's question to be posted. */
	static final Duration QUESTION_FIRST_WAIT = Duration.ofSeconds(30);

	/** How long after the question's time a summary waits for it at most. */
	static final Duration QUESTION_FIRST_LIMIT = Duration.ofHours(1);

	private final ChannelStore channels;

	private final SubscriptionStore subscriptions;

	private final DueIndex due;

	private final SendLedger ledger;

	private final WeeklySummaryBuilder builder;

	private final PersonalWeeks personalWeeks;

	private final SummaryOutbox outbox;

	private final Clock clock;

	SummaryDelivery(ChannelStore channels, SubscriptionStore subscriptions, DueIndex due, SendLedger ledger,
			WeeklySummaryBuilder builder, PersonalWeeks personalWeeks, SummaryOutbox outbox,
			Clock clock) {
		this.personalWeeks = personalWeeks;
		this.channels = channels;
		this.subscriptions = subscriptions;
		this.due = due;
		this.ledger = ledger;
		this.builder = builder;
		this.outbox = outbox;
		this.clock = clock;
	}

	public static DueTarget channelTarget(String channelId) {
		return new DueTarget(DueTarget.Kind.CHANNEL_SUMMARY, channelId);
	}

	public static DueTarget personalTarget(String userId) {
		return new DueTarget(DueTarget.Kind.PERSONAL_SUMMARY, userId);
	}

	@Override
	public boolean handles(DueTarget.Kind kind) {
		return kind == DueTarget.Kind.CHANNEL_SUMMARY || kind == DueTarget.Kind.PERSONAL_SUMMARY;
	}

	@Override
	public void deliverDue(String teamId, DueTarget target) {
		Instant now = this.clock.instant();
		if (target.kind() == DueTarget.Kind.CHANNEL_SUMMARY) {
			String channelId = target.id();
			Optional<ChannelSettings> settings = this.channels.find(teamId, channelId);
			if (settings.isEmpty() || settings.get().paused()) {
				this.due.remove(teamId, target);
				return;
			}
			ZoneId zone = settings.get().zone();
			WeeklySchedule schedule = this.channels.summarySchedule(teamId, channelId);
			Optional<LocalDate> today = schedule.dueToday(now, zone);
			if (today.isPresent() && questionFirst(teamId, settings.get(), now, today.get())) {
				this.due.schedule(teamId, target, now.plus(QUESTION_FIRST_WAIT));
				return;
			}
			if (today.isEmpty() || postChannel(teamId, channelId, zone, today.get(), target)) {
				this.due.schedule(teamId, target, schedule.nextAfter(now, zone));
			}
			return;
		}
		String userId = target.id();
		Optional<Subscription> subscription = this.subscriptions.find(teamId, userId);
		if (subscription.isEmpty()) {
			this.due.remove(teamId, target);
			return;
		}
		UserProfile profile = this.personalWeeks.member(teamId, userId);
		WeeklySchedule schedule = personalSchedule(subscription.get());
		Optional<LocalDate> today = schedule.dueToday(now, profile.zone());
		if (today.isEmpty() || postPersonal(teamId, userId, profile.zone(), today.get(), target)) {
			this.due.schedule(teamId, target, schedule.nextAfter(now, profile.zone()));
		}
	}

	/** Puts a channel's weekly summary on the schedule. */
	public void scheduleChannel(String teamId, String channelId, ZoneId zone) {
		WeeklySchedule schedule = this.channels.summarySchedule(teamId, channelId);
		this.due.schedule(teamId, channelTarget(channelId), schedule.nextAfter(this.clock.instant(), zone));
	}

	/** Puts a subscriber's weekly DM on the schedule: Mondays at their daily time. */
	public void schedulePersonal(String teamId, Subscription subscription, ZoneId zone) {
		this.due.schedule(teamId, personalTarget(subscription.userId()),
				personalSchedule(subscription).nextAfter(this.clock.instant(), zone));
	}

	/** The summary of the week so far (Monday to yesterday), or of last week on a Monday. */
	public WeeklySummary current(String teamId, ChannelSettings settings) {
		LocalDate today = this.clock.instant().atZone(settings.zone()).toLocalDate();
		return this.builder.build(teamId, settings.channelId(), settings.zone(), BoardScope.monday(today.minusDays(1)),
				today);
	}

	/** Posts the channel's summary now ({@code /quiz summary post}); it does not count as the week's. */
	public SendOutcome postNow(String teamId, ChannelSettings settings) {
		WeeklySummary summary = current(teamId, settings);
		SendOutcome outcome = this.outbox.postChannelSummary(teamId, summary, null);
		summary.focus().ifPresent(f -> this.channels.setFocus(teamId, settings.channelId(), f, summary.monday().plusDays(7)));
		return outcome;
	}

	/**
	 * True while the channel's question of the day is due and not yet posted (its time has come and
	 * it is still on the schedule for it): the summary waits for it, for at most
	 * {@link #QUESTION_FIRST_LIMIT}, so on the morning both fall due the question comes first and the
	 * summary's teaser below it.
	 */
	private boolean questionFirst(String teamId, ChannelSettings settings, Instant now, LocalDate today) {
		Optional<LocalDate> questionDay = settings.schedule().dueToday(now, settings.zone());
		return questionDay.isPresent() && questionDay.get().equals(today)
				&& now.isBefore(settings.schedule().sendOn(today, settings.zone()).plus(QUESTION_FIRST_LIMIT))
				&& this.due.pending(teamId, settings.target(), now);
	}

	private boolean postChannel(String teamId, String channelId, ZoneId zone, LocalDate today, DueTarget target) {
		WeeklySummary[] built = new WeeklySummary[1];
		SendOutcome outcome = this.ledger.sendOnce(teamId, target, today, channelId, marker -> {
			built[0] = this.builder.build(teamId, channelId, zone, BoardScope.monday(today.minusDays(1)), today);
			return this.outbox.postChannelSummary(teamId, built[0], marker);
		});
		if (outcome instanceof SendOutcome.Sent) {
			built[0].focus().ifPresent(f -> this.channels.setFocus(teamId, channelId, f, built[0].monday().plusDays(7)));
		}
		return settled(teamId, target, outcome);
	}

	private boolean postPersonal(String teamId, String userId, ZoneId zone, LocalDate today, DueTarget target) {
		SendOutcome outcome = this.ledger.sendOnce(teamId, target, today, userId,
				marker -> this.outbox.postPersonalWeek(teamId, userId, this.personalWeeks.of(teamId, userId, today), marker));
		return settled(teamId, target, outcome);
	}

	/** True when the week's summary is done with: sent now or before (a refusal takes it off the schedule). */
	private boolean settled(String teamId, DueTarget target, SendOutcome outcome) {
		if (outcome instanceof SendOutcome.Refused) {
			this.due.remove(teamId, target);
		}
		return outcome instanceof SendOutcome.Sent || outcome instanceof SendOutcome.Skipped skipped && !skipped.busy();
	}

	private static WeeklySchedule personalSchedule(Subscription subscription) {
		return new WeeklySchedule(DayOfWeek.MONDAY, subscription.schedule().time());
	}

}
