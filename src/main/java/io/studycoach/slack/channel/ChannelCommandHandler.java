package io.studycoach.slack.channel;

import io.studycoach.delivery.ChannelLeads;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.DailyDelivery;
import io.studycoach.delivery.PauseReason;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.DeliveryWording;
import io.studycoach.slack.Message;
import io.studycoach.slack.NextSendFormat;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;
import io.studycoach.slack.web.SlackUsers;
import io.studycoach.summary.SummaryDelivery;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** The study-channel subcommands: setup, pause, resume, post, and sharing the lead role. */
@Component
class ChannelCommandHandler implements Subcommand {

	private static final Set<String> WORDS = Set.of("setup", "pause", "resume", "post", "lead");

	private final ChannelStore channels;

	private final ChannelLeads leads;

	private final DailyDelivery delivery;

	private final SlackUsers users;

	private final ChannelPresence presence;

	private final NoticeView notices;

	private final SummaryDelivery summaries;

	private final Clock clock;

	ChannelCommandHandler(ChannelStore channels, ChannelLeads leads, DailyDelivery delivery, SummaryDelivery summaries,
			SlackUsers users, ChannelPresence presence, NoticeView notices, Clock clock) {
		this.summaries = summaries;
		this.channels = channels;
		this.leads = leads;
		this.delivery = delivery;
		this.users = users;
		this.presence = presence;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public boolean handles(List<String> words) {
		String first = CommandCall.first(words);
		// "setup summary" belongs to the weekly summary.
		return WORDS.contains(first) && !(first.equals("setup") && words.size() > 1 && words.get(1).equalsIgnoreCase("summary"));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return ChannelCommand.parse(call).value().map(a -> () -> handle(a, call.team(), call.channel(), call.user()));
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return ChannelCommand.parse(call).refusal();
	}

	private Message handle(ChannelCommand command, String team, String channelId, String user) {
		if (channelId.startsWith("D")) {
			return this.notices.notice(DeliveryWording.SETUP_IN_DM, new Wording.None());
		}
		Optional<ChannelSettings> channel = this.channels.find(team, channelId);
		boolean firstSetup = channel.isEmpty() && command instanceof ChannelCommand.Setup;
		if (!firstSetup && channel.isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_A_STUDY_CHANNEL, new Wording.None());
		}
		if (!firstSetup && !this.leads.isLead(team, channel, user)) {
			return this.notices.leadOnly(this.leads.named(team, channel.get()));
		}
		if (command instanceof ChannelCommand.Setup setup) {
			return setup(setup, team, channelId, user, channel);
		}
		ChannelSettings settings = channel.get();
		if (command instanceof ChannelCommand.SetPlan setPlan) {
			this.channels.setPlan(team, channelId, setPlan.plan());
			return this.notices.notice(Wording.PLAN_CHOSEN, Wording.PlanChosen.of(setPlan.plan(), true));
		}
		if (command instanceof ChannelCommand.Pause) {
			this.delivery.pauseChannel(team, channelId, PauseReason.BY_LEAD, false);
			announce(team, settings, user, Change.PAUSED);
			return this.notices.notice(DeliveryWording.PAUSED, new Wording.None());
		}
		if (command instanceof ChannelCommand.Resume) {
			this.channels.resume(team, channelId);
			this.delivery.schedule(team, settings.target(), settings.schedule(), settings.zone());
			this.summaries.scheduleChannel(team, channelId, settings.zone());
			announce(team, settings, user, Change.RESUMED);
			return this.notices.notice(DeliveryWording.RESUMED, new DeliveryWording.Next(next(settings)));
		}
		if (command instanceof ChannelCommand.Post) {
			return post(team, settings);
		}
		ChannelCommand.Lead lead = (ChannelCommand.Lead) command;
		if (lead.add()) {
			this.channels.addLead(team, channelId, lead.userId());
			return this.notices.notice(DeliveryWording.LEAD_ADDED,
					new DeliveryWording.LeadChange(NoticeView.mention(lead.userId()), false));
		}
		this.channels.removeLead(team, channelId, lead.userId());
		boolean stillLead = this.leads.isLead(team, this.channels.find(team, channelId), lead.userId());
		return this.notices.notice(DeliveryWording.LEAD_REMOVED,
				new DeliveryWording.LeadChange(NoticeView.mention(lead.userId()), stillLead));
	}

	private Message setup(ChannelCommand.Setup setup, String team, String channelId, String user,
			Optional<ChannelSettings> existing) {
		if (!this.presence.botIsMember(team, channelId)) {
			return this.notices.notice(DeliveryWording.SETUP_INVITE, new Wording.None());
		}
		ZoneId zone = setup.zone()
			.orElseGet(() -> existing.map(ChannelSettings::zone).orElseGet(() -> this.users.zone(team, user)));
		SendSchedule schedule = new SendSchedule(
				setup.time().orElseGet(() -> existing.map(c -> c.schedule().time()).orElse(SendSchedule.DEFAULT_TIME)),
				setup.days().orElseGet(() -> existing.map(c -> c.schedule().days()).orElse(StudyDays.WEEKDAYS)));
		existing.map(ChannelSettings::setupBy)
			.filter(previous -> !previous.isEmpty() && !previous.equals(user))
			.ifPresent(previous -> this.channels.addLead(team, channelId, previous));
		ChannelSettings settings = new ChannelSettings(channelId, schedule, zone, false, "", user,
				existing.map(ChannelSettings::lastDeliveryId).orElse(""));
		this.channels.save(team, settings);
		this.delivery.schedule(team, settings.target(), schedule, zone);
		this.summaries.scheduleChannel(team, channelId, zone);
		announce(team, settings, user, Change.SETUP);
		return this.notices.notice(DeliveryWording.SETUP_DONE, new DeliveryWording.SetupDone(schedule.days().label(),
				schedule.time().toString(), zone.getId(), next(settings), NoticeView.mentions(this.leads.named(team, settings))));
	}

	private Message post(String team, ChannelSettings settings) {
		DailyDelivery.Result result = this.delivery.postNow(team, settings);
		return switch (result) {
			case SENT -> this.notices.notice(DeliveryWording.POSTED, new Wording.None());
			// BUSY: today's question is being posted right now; it will be there in a moment.
			case ALREADY_SENT, BUSY -> this.notices.notice(DeliveryWording.ALREADY_POSTED,
					new DeliveryWording.Next(next(settings)));
			case REFUSED -> this.notices.notice(DeliveryWording.POST_FAILED,
					new DeliveryWording.Reason(NoticeView.pauseReason(this.channels.find(team, settings.channelId())
						.map(ChannelSettings::pauseReason)
						.orElse(PauseReason.REFUSED))));
			case RETRY -> this.notices.notice(Wording.TRY_AGAIN);
		};
	}

	/** One line in the channel itself, so members learn what their lead changed. */
	private void announce(String team, ChannelSettings settings, String lead, Change what) {
		this.presence.announce(team, settings.channelId(), lead,
				name -> this.notices.notice(ChannelWording.ANNOUNCEMENT, new ChannelWording.Announcement(name,
						what == Change.SETUP, what == Change.PAUSED, what == Change.RESUMED,
						settings.schedule().days().label(), settings.schedule().time().toString(),
						settings.zone().getId()))
					.text());
	}

	/** What a lead changed, announced in the channel. */
	private enum Change {

		SETUP, PAUSED, RESUMED

	}

	private String next(ChannelSettings settings) {
		return NextSendFormat.format(settings.schedule().nextAfter(this.clock.instant(), settings.zone()),
				settings.zone(), this.clock);
	}

}
