package io.studycoach.slack.summary;

import io.studycoach.delivery.ChannelLeads;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.delivery.WeeklySchedule;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Boards;
import io.studycoach.progress.Standing;
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
import io.studycoach.summary.SummaryDelivery;
import io.studycoach.summary.WeeklySummary;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** {@code /quiz summary [post]}, {@code /quiz setup summary <day> <HH:MM>} and {@code /quiz leaderboard}. */
@Component
class SummaryCommandHandler implements Subcommand {

	private final ChannelStore channels;

	private final ChannelLeads leads;

	private final SummaryDelivery summaries;

	private final Boards boards;

	private final SummaryView view;

	private final NoticeView notices;

	private final Clock clock;

	private final SlackSummaryOutbox outbox;

	SummaryCommandHandler(ChannelStore channels, ChannelLeads leads, SummaryDelivery summaries, Boards boards,
			SummaryView view, NoticeView notices, SlackSummaryOutbox outbox, Clock clock) {
		this.outbox = outbox;
		this.channels = channels;
		this.leads = leads;
		this.summaries = summaries;
		this.boards = boards;
		this.view = view;
		this.notices = notices;
		this.clock = clock;
	}

	/** {@code summary [post]}. */
	private record Summary(boolean post) {
	}

	/** {@code setup summary <day> <HH:MM>}. */
	private record SetupSummary(DayOfWeek day, LocalTime time) {
	}

	/** {@code leaderboard [week|all]}. */
	private record Leaderboard(boolean allTime) {
	}

	@Override
	public boolean handles(List<String> words) {
		String first = CommandCall.first(words);
		return first.equals("summary") || first.equals("leaderboard")
				|| (first.equals("setup") && words.size() > 1 && words.get(1).equalsIgnoreCase("summary"));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return read(call).value().map(command -> () -> handle(command, call.team(), call.channel(), call.user()));
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return read(call).refusal();
	}

	private static Parsed<Record> read(CommandCall call) {
		List<String> args = call.args();
		String argument = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
		if (call.first().equals("setup")) {
			return setupSummary(args.subList(1, args.size()));
		}
		if (args.size() > 1) {
			return refused(Refusal.Problem.EXTRA_WORD, args.get(1));
		}
		if (call.first().equals("summary")) {
			return argument.isEmpty() || argument.equals("post") ? Parsed.of(new Summary(!argument.isEmpty()))
					: refused(Refusal.Problem.UNKNOWN_WORD, args.get(0));
		}
		return argument.isEmpty() || argument.equals("week") || argument.equals("all")
				? Parsed.of(new Leaderboard(argument.equals("all"))) : refused(Refusal.Problem.UNKNOWN_WORD, args.get(0));
	}

	private static Parsed<Record> setupSummary(List<String> words) {
		if (words.size() > 2) {
			return refused(Refusal.Problem.EXTRA_WORD, words.get(2));
		}
		Optional<DayOfWeek> day = WeeklySchedule.parseDay(words.isEmpty() ? "" : words.get(0));
		if (day.isEmpty()) {
			return words.isEmpty() ? refused(Refusal.Problem.MISSING_WORD, "/quiz setup summary")
					: refused(Refusal.Problem.NOT_A_DAY, words.get(0));
		}
		String word = words.size() == 2 ? words.get(1) : "";
		return CommandWords.time(word)
			.<Parsed<Record>>map(time -> Parsed.of(new SetupSummary(day.get(), time)))
			.orElseGet(() -> word.isEmpty() ? refused(Refusal.Problem.MISSING_WORD, "/quiz setup summary " + words.get(0))
					: refused(Refusal.Problem.NOT_A_TIME, word));
	}

	private static Parsed<Record> refused(Refusal.Problem problem, String word) {
		return Parsed.refused(new Refusal(problem, word, RefusalWording.SUMMARY));
	}

	private Message handle(Record command, String team, String channelId, String user) {
		Optional<ChannelSettings> channel = this.channels.find(team, channelId);
		if (channel.isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_A_STUDY_CHANNEL, new Wording.None());
		}
		ChannelSettings settings = channel.get();
		if (command instanceof Leaderboard board) {
			LocalDate today = this.clock.instant().atZone(settings.zone()).toLocalDate();
			BoardScope scope = board.allTime() ? BoardScope.channelAllTime(channelId)
					: BoardScope.channelWeek(channelId, BoardScope.monday(today));
			List<Standing> standings = this.boards.standings(team, scope);
			return this.view.leaderboard(team, board.allTime() ? "all time" : "this week", standings,
					this.boards.shown(team, standings), user);
		}
		if (!this.leads.isLead(team, channel, user)) {
			return this.notices.leadOnly(this.leads.named(team, settings));
		}
		if (command instanceof SetupSummary setup) {
			WeeklySchedule schedule = new WeeklySchedule(setup.day(), setup.time());
			this.channels.setSummarySchedule(team, channelId, schedule);
			this.summaries.scheduleChannel(team, channelId, settings.zone());
			String next = NextSendFormat.format(schedule.nextAfter(this.clock.instant(), settings.zone()),
					settings.zone(), this.clock);
			return this.notices.notice(SummaryWording.SUMMARY_SETUP,
					new SummaryWording.SummarySetup(schedule.label(), settings.zone().getId(), next));
		}
		Summary summary = (Summary) command;
		if (!summary.post()) {
			WeeklySummary preview = this.summaries.current(team, settings);
			this.outbox.sharePreviewChart(team, user, preview);
			return this.view.channelSummary(team, preview);
		}
		SendOutcome outcome = this.summaries.postNow(team, settings);
		return outcome instanceof SendOutcome.Sent ? this.notices.notice(DeliveryWording.POSTED_SUMMARY, new Wording.None())
				: this.notices.notice(Wording.TRY_AGAIN);
	}

}
