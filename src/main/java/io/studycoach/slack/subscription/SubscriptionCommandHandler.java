package io.studycoach.slack.subscription;

import io.studycoach.delivery.DailyDelivery;
import io.studycoach.delivery.DirectQuestions;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.delivery.Subscription;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.CommandWords;
import io.studycoach.slack.DeliveryWording;
import io.studycoach.slack.Message;
import io.studycoach.slack.NextSendFormat;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Parsed;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;
import io.studycoach.slack.web.SlackUsers;
import io.studycoach.summary.SummaryDelivery;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** {@code /quiz subscribe} and {@code /quiz unsubscribe}: a personal question by DM each study day. */
@Component
public class SubscriptionCommandHandler implements Subcommand {

	private final SubscriptionStore subscriptions;

	private final DailyDelivery delivery;

	private final SlackUsers users;

	private final NoticeView notices;

	private final SummaryDelivery summaries;

	private final Clock clock;

	private final DirectQuestions directs;

	public SubscriptionCommandHandler(SubscriptionStore subscriptions, DailyDelivery delivery, DirectQuestions directs,
			SummaryDelivery summaries,
			SlackUsers users, NoticeView notices, Clock clock) {
		this.directs = directs;
		this.summaries = summaries;
		this.subscriptions = subscriptions;
		this.delivery = delivery;
		this.users = users;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public boolean handles(List<String> words) {
		String first = CommandCall.first(words);
		return first.equals("subscribe") || first.equals("unsubscribe");
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return read(call).value();
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return read(call).refusal();
	}

	private Parsed<Supplier<Message>> read(CommandCall call) {
		if (call.first().equals("unsubscribe")) {
			return call.args().isEmpty() ? Parsed.of(() -> unsubscribe(call.team(), call.user()))
					: refused(Refusal.Problem.EXTRA_WORD, call.args().get(0));
		}
		Optional<LocalTime> time = Optional.empty();
		Optional<StudyDays> days = Optional.empty();
		for (String word : call.args()) {
			Optional<LocalTime> asTime = CommandWords.time(word);
			Optional<StudyDays> asDays = StudyDays.parse(word);
			if (asTime.isPresent() && time.isEmpty()) {
				time = asTime;
			}
			else if (asDays.isPresent() && days.isEmpty()) {
				days = asDays;
			}
			else {
				// A DM subscription follows the member's own Slack time zone: a zone here is one word too many.
				boolean extra = asTime.isPresent() || asDays.isPresent() || CommandWords.zone(word).isPresent();
				Refusal.Problem problem = extra ? Refusal.Problem.EXTRA_WORD : Refusal.timeOrZone(word);
				return refused(problem == Refusal.Problem.NOT_A_ZONE ? Refusal.Problem.EXTRA_WORD : problem, word);
			}
		}
		Optional<LocalTime> chosenTime = time;
		Optional<StudyDays> chosenDays = days;
		return Parsed.of(() -> subscribe(call.team(), call.user(), chosenTime, chosenDays));
	}

	private static Parsed<Supplier<Message>> refused(Refusal.Problem problem, String word) {
		return Parsed.refused(new Refusal(problem, word, RefusalWording.SUBSCRIBE));
	}

	/** Subscribes with the given time and days, keeping the current (or default) ones for what is not given. */
	public Message subscribe(String team, String user, Optional<LocalTime> time, Optional<StudyDays> days) {
		Optional<Subscription> existing = this.subscriptions.find(team, user);
		SendSchedule schedule = new SendSchedule(
				time.orElseGet(() -> existing.map(s -> s.schedule().time()).orElse(SendSchedule.DEFAULT_TIME)),
				days.orElseGet(() -> existing.map(s -> s.schedule().days()).orElse(StudyDays.WEEKDAYS)));
		Subscription subscription = new Subscription(user, schedule);
		this.subscriptions.save(team, subscription);
		ZoneId zone = this.users.zone(team, user);
		this.delivery.schedule(team, subscription.target(), schedule, zone);
		this.summaries.schedulePersonal(team, subscription, zone);
		String next = NextSendFormat.format(schedule.nextAfter(this.clock.instant(), zone), zone, this.clock);
		return this.notices.notice(DeliveryWording.SUBSCRIBED, new DeliveryWording.Subscribed(schedule.days().label(),
				schedule.time().toString(), zone.getId(), next));
	}

	public Message unsubscribe(String team, String user) {
		if (this.subscriptions.find(team, user).isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_SUBSCRIBED, new Wording.None());
		}
		this.directs.unsubscribe(team, user, "asked to");
		return this.notices.notice(DeliveryWording.UNSUBSCRIBED, new Wording.None());
	}

}
