package io.studycoach.slack.channel;

import io.studycoach.challenge.Challenge;
import io.studycoach.challenge.ChallengeService;
import io.studycoach.delivery.ChannelLeads;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.delivery.WeeklySchedule;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.DeliveryWording;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * {@code /quiz status} in a study channel: its schedule, zone, plan, leads, next question, summary
 * time, subscribers and running challenge, for whoever asks (only they see it). Redis only, so it is
 * answered in the acknowledgement.
 */
@Component
class ChannelStatusCommand implements Subcommand {

	private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

	private final ChannelStore channels;

	private final ChannelLeads leads;

	private final SubscriptionStore subscriptions;

	private final ChallengeService challenges;

	private final NoticeView notices;

	private final Clock clock;

	ChannelStatusCommand(ChannelStore channels, ChannelLeads leads, SubscriptionStore subscriptions,
			ChallengeService challenges, NoticeView notices, Clock clock) {
		this.channels = channels;
		this.leads = leads;
		this.subscriptions = subscriptions;
		this.challenges = challenges;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("status");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return call.args().isEmpty() ? Optional.of(() -> status(call.team(), call.channel())) : Optional.empty();
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return Optional.of(new Refusal(Refusal.Problem.EXTRA_WORD, call.args().get(0), RefusalWording.CHANNEL));
	}

	private Message status(String team, String channelId) {
		Optional<ChannelSettings> found = this.channels.find(team, channelId);
		if (found.isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_A_STUDY_CHANNEL, new Wording.None());
		}
		ChannelSettings channel = found.get();
		WeeklySchedule summary = this.channels.summarySchedule(team, channelId);
		Optional<Challenge> running = this.challenges.running(team, channelId);
		LocalDate today = this.clock.instant().atZone(channel.zone()).toLocalDate();
		return this.notices.notice(ChannelWording.STATUS, new ChannelWording.Status(channelId,
				channel.schedule().days().label(), channel.schedule().time().toString(), channel.zone().getId(),
				NEXT.format(channel.schedule().nextAfter(this.clock.instant(), channel.zone()).atZone(channel.zone())),
				channel.paused(), channel.paused() ? NoticeView.pauseReason(channel.pauseReason()) : "",
				this.channels.plan(team, channelId).word(), summary.label(),
				NoticeView.mentions(this.leads.named(team, channel)), this.subscriptions.subscribers(team).size(),
				running.isPresent(), running.map(Challenge::name).orElse(""),
				running.map(c -> ChronoUnit.DAYS.between(c.start(), today) + 1).orElse(0L),
				running.map(c -> ChronoUnit.DAYS.between(c.start(), c.end())).orElse(0L),
				running.map(c -> this.challenges.participants(team, c)).orElse(0L)));
	}

}
