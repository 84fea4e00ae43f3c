package io.studycoach.slack.challenge;

import io.studycoach.challenge.Challenge;
import io.studycoach.challenge.ChallengeService;
import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.ChannelLeads;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.DeliveryWording;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Parsed;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** {@code /quiz challenge start|join|status|end}, and the announcement's Join button. */
@Component
class ChallengeCommandHandler implements Subcommand {

	private static final int MAX_NAME = 60;

	private static final Pattern DAYS = Pattern.compile("(\\d{1,2})d", Pattern.CASE_INSENSITIVE);

	private static final Pattern DOMAIN_LIST = Pattern.compile("d[1-6](,d[1-6])*");

	/** A word meant as a domain list, right or wrong ("d9" or "d4,d7" is a mistake, not a name). */
	private static final Pattern LOOKS_LIKE_DOMAINS = Pattern.compile("d\\d+(,[a-z0-9]*)*");

	private final ChannelStore channels;

	private final ChannelLeads leads;

	private final ChallengeService challenges;

	private final ChallengeView view;

	private final NoticeView notices;

	private final QuestionBank bank;

	ChallengeCommandHandler(ChannelStore channels, ChannelLeads leads, ChallengeService challenges, ChallengeView view,
			NoticeView notices, QuestionBank bank) {
		this.bank = bank;
		this.channels = channels;
		this.leads = leads;
		this.challenges = challenges;
		this.view = view;
		this.notices = notices;
	}

	/** {@code challenge start <N>d [d4,d6] [per-day K] [name...]}. */
	private record Start(int days, List<String> domains, int perDay, String name) {
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("challenge");
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return read(call).value().map(command -> () -> handle(command, call.team(), call.channel(), call.user()));
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return read(call).refusal();
	}

	/** A {@link Start}, or the action word of join, status or end. */
	private Parsed<Object> read(CommandCall call) {
		List<String> args = call.args();
		String action = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
		if (List.of("join", "status", "end").contains(action)) {
			return args.size() == 1 ? Parsed.of(action) : refused(Refusal.Problem.EXTRA_WORD, args.get(1));
		}
		if (!action.equals("start")) {
			return action.isEmpty() ? refused(Refusal.Problem.MISSING_WORD, "/quiz challenge")
					: refused(Refusal.Problem.UNKNOWN_WORD, args.get(0));
		}
		return start(args).map(start -> start);
	}

	private Parsed<Start> start(List<String> words) {
		Matcher days = DAYS.matcher(words.size() < 2 ? "" : words.get(1));
		if (!days.matches() || Integer.parseInt(days.group(1)) < 1 || Integer.parseInt(days.group(1)) > 60) {
			return refused(Refusal.Problem.CHALLENGE_DAYS, words.size() < 2 ? "" : words.get(1));
		}
		int next = 2;
		List<String> domains = this.bank.domains().stream().map(Domain::id).toList();
		if (next < words.size() && LOOKS_LIKE_DOMAINS.matcher(words.get(next).toLowerCase(Locale.ROOT)).matches()) {
			if (!DOMAIN_LIST.matcher(words.get(next).toLowerCase(Locale.ROOT)).matches()) {
				return refused(Refusal.Problem.DOMAIN_LIST, words.get(next));
			}
			domains = Arrays.stream(words.get(next).toLowerCase(Locale.ROOT).split(",")).distinct().sorted().toList();
			next++;
		}
		int perDay = 1;
		if (next < words.size() && words.get(next).equalsIgnoreCase("per-day")) {
			if (next + 1 >= words.size() || !words.get(next + 1).matches("[1-5]")) {
				return refused(Refusal.Problem.PER_DAY, next + 1 >= words.size() ? "" : words.get(next + 1));
			}
			perDay = Integer.parseInt(words.get(next + 1));
			next += 2;
		}
		String name = String.join(" ", words.subList(next, words.size())).trim();
		if (name.length() > MAX_NAME) {
			return Parsed.refused(new Refusal(Refusal.Problem.NAME_TOO_LONG, "", name.length(), MAX_NAME,
					RefusalWording.CHALLENGE));
		}
		return Parsed.of(new Start(Integer.parseInt(days.group(1)), domains, perDay,
				name.isEmpty() ? "Study challenge" : name));
	}

	private static <T> Parsed<T> refused(Refusal.Problem problem, String word) {
		return Parsed.refused(new Refusal(problem, word, RefusalWording.CHALLENGE));
	}

	private Message handle(Object command, String team, String channelId, String user) {
		Optional<ChannelSettings> channel = this.channels.find(team, channelId);
		if (channel.isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_A_STUDY_CHANNEL, new Wording.None());
		}
		if (command instanceof Start start) {
			if (!this.leads.isLead(team, channel, user)) {
				return refusal(team, channel.get());
			}
			ChallengeService.Started started = this.challenges.start(team, channel.get(), user, start.days(),
					start.domains(), start.perDay(), start.name());
			return this.view.named(started.started() ? ChallengeWording.STARTED : ChallengeWording.RUNNING,
					started.challenge());
		}
		Optional<Challenge> running = this.challenges.running(team, channelId);
		if (running.isEmpty()) {
			return this.notices.notice(ChallengeWording.NONE, new Wording.None());
		}
		Challenge challenge = running.get();
		String action = (String) command;
		if (action.equals("join")) {
			return join(team, challenge, user);
		}
		if (action.equals("status")) {
			return this.view.status(team, challenge, this.challenges.standings(team, challenge),
					this.challenges.participants(team, challenge), user,
					challenge.daysLeft(this.challenges.today(challenge)));
		}
		if (!this.leads.isLead(team, channel, user)) {
			return refusal(team, channel.get());
		}
		this.challenges.end(team, challenge);
		return this.view.named(ChallengeWording.ENDED, challenge);
	}

	/** The Join button of an announcement carries the challenge id. */
	public Message join(String team, String challengeId, String user) {
		return this.challenges.find(team, challengeId)
			.filter(Challenge::active)
			.map(challenge -> join(team, challenge, user))
			.orElseGet(() -> this.notices.notice(ChallengeWording.NONE, new Wording.None()));
	}

	private Message join(String team, Challenge challenge, String user) {
		return this.view.named(this.challenges.join(team, challenge, user) ? ChallengeWording.JOINED
				: ChallengeWording.ALREADY_JOINED, challenge);
	}

	private Message refusal(String team, ChannelSettings channel) {
		return this.notices.leadOnly(this.leads.named(team, channel));
	}

}
