package io.studycoach.slack;

import io.studycoach.delivery.ChannelLeads;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.delivery.WeeklySchedule;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Boards;
import io.studycoach.summary.SummaryDelivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** {@code /quiz summary [post]}, {@code /quiz setup summary <day> <HH:MM>} and {@code /quiz leaderboard}. */
@Component
class SummaryCommandHandler {

	private final ChannelStore channels;

	private final ChannelLeads leads;

	private final SummaryDelivery summaries;

	private final Boards boards;

	private final SummaryView view;

	private final NoticeView notices;

	private final Clock clock;

	SummaryCommandHandler(ChannelStore channels, ChannelLeads leads, SummaryDelivery summaries, Boards boards,
			SummaryView view, NoticeView notices, Clock clock) {
		this.channels = channels;
		this.leads = leads;
		this.summaries = summaries;
		this.boards = boards;
		this.view = view;
		this.notices = notices;
		this.clock = clock;
	}

	Message handle(QuizCommand command, String team, String channelId, String user) {
		Optional<ChannelSettings> channel = this.channels.find(team, channelId);
		if (channel.isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_A_STUDY_CHANNEL, new Wording.None());
		}
		ChannelSettings settings = channel.get();
		if (command instanceof QuizCommand.Leaderboard board) {
			LocalDate today = this.clock.instant().atZone(settings.zone()).toLocalDate();
			BoardScope scope = board.allTime() ? BoardScope.channelAllTime(channelId)
					: BoardScope.channelWeek(channelId, BoardScope.monday(today));
			return this.view.leaderboard(board.allTime() ? "all time" : "this week", this.boards.standings(team, scope),
					user);
		}
		if (!this.leads.isLead(team, channel, user)) {
			return this.notices.leadOnly(this.leads.named(team, settings));
		}
		if (command instanceof QuizCommand.SetupSummary setup) {
			WeeklySchedule schedule = new WeeklySchedule(setup.day(), setup.time());
			this.channels.setSummarySchedule(team, channelId, schedule);
			this.summaries.scheduleChannel(team, channelId, settings.zone());
			String next = NextSendFormat.format(schedule.nextAfter(this.clock.instant(), settings.zone()),
					settings.zone(), this.clock);
			return this.notices.notice(SummaryWording.SUMMARY_SETUP,
					new SummaryWording.SummarySetup(schedule.label(), settings.zone().getId(), next));
		}
		QuizCommand.Summary summary = (QuizCommand.Summary) command;
		if (!summary.post()) {
			return this.view.channelSummary(this.summaries.current(team, settings));
		}
		SendOutcome outcome = this.summaries.postNow(team, settings);
		return outcome instanceof SendOutcome.Sent ? this.notices.notice(DeliveryWording.POSTED_SUMMARY, new Wording.None())
				: this.notices.notice(Wording.TRY_AGAIN);
	}

}
