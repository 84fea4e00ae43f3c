package io.studycoach.slack;

import io.studycoach.delivery.DailyDelivery;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.delivery.Subscription;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.summary.SummaryDelivery;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** {@code /quiz subscribe} and {@code /quiz unsubscribe}: a personal question by DM each study day. */
@Component
class SubscriptionCommandHandler {

	private final SubscriptionStore subscriptions;

	private final DailyDelivery delivery;

	private final SlackUsers users;

	private final NoticeView notices;

	private final SummaryDelivery summaries;

	private final Clock clock;

	SubscriptionCommandHandler(SubscriptionStore subscriptions, DailyDelivery delivery, SummaryDelivery summaries,
			SlackUsers users, NoticeView notices, Clock clock) {
		this.summaries = summaries;
		this.subscriptions = subscriptions;
		this.delivery = delivery;
		this.users = users;
		this.notices = notices;
		this.clock = clock;
	}

	Message subscribe(QuizCommand.Subscribe command, String team, String user) {
		Optional<Subscription> existing = this.subscriptions.find(team, user);
		SendSchedule schedule = new SendSchedule(
				command.time().orElseGet(() -> existing.map(s -> s.schedule().time()).orElse(SendSchedule.DEFAULT_TIME)),
				command.days().orElseGet(() -> existing.map(s -> s.schedule().days()).orElse(StudyDays.WEEKDAYS)));
		Subscription subscription = new Subscription(user, schedule);
		this.subscriptions.save(team, subscription);
		ZoneId zone = this.users.zone(team, user);
		this.delivery.schedule(team, subscription.target(), schedule, zone);
		this.summaries.schedulePersonal(team, subscription, zone);
		String next = NextSendFormat.format(schedule.nextAfter(this.clock.instant(), zone), zone, this.clock);
		return this.notices.notice(DeliveryWording.SUBSCRIBED, new DeliveryWording.Subscribed(schedule.days().label(),
				schedule.time().toString(), zone.getId(), next));
	}

	Message unsubscribe(String team, String user) {
		if (this.subscriptions.find(team, user).isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_SUBSCRIBED, new Wording.None());
		}
		this.delivery.unsubscribe(team, user, "asked to");
		return this.notices.notice(DeliveryWording.UNSUBSCRIBED, new Wording.None());
	}

}
