package io.studycoach.challenge;

import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.DueHandler;
import io.studycoach.delivery.DueIndex;
import io.studycoach.delivery.DueTarget;
import io.studycoach.delivery.SendLedger;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.delivery.UserDirectory;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Boards;
import io.studycoach.progress.Standing;
import io.studycoach.quiz.QuizService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Challenges: started by a lead with an announcement and a Join button, K questions a day by DM to each
 * participant (at 09:00 their time, the first ones at once on joining), standings on the challenge's
 * own board, and final standings posted in the channel when it ends.
 */
@Service
public class ChallengeService implements DueHandler {

	static final LocalTime QUESTION_TIME = LocalTime.of(9, 0);

	private final ChallengeStore store;

	private final Boards boards;

	private final QuizService quiz;

	private final DueIndex due;

	private final SendLedger ledger;

	private final UserDirectory users;

	private final ChallengeOutbox outbox;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ChallengeService(ChallengeStore store, Boards boards, QuizService quiz, DueIndex due, SendLedger ledger,
			UserDirectory users, ChallengeOutbox outbox, Clock clock) {
		this.store = store;
		this.boards = boards;
		this.quiz = quiz;
		this.due = due;
		this.ledger = ledger;
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Starts a challenge in a study channel, or returns the one already running there. */
	public Started start(String teamId, ChannelSettings channel, String lead, int days, List<String> domains,
			int perDay, String name) {
		Optional<Challenge> running = this.store.running(teamId, channel.channelId());
		if (running.isPresent()) {
			return new Started(running.get(), false);
		}
		LocalDate today = this.clock.instant().atZone(channel.zone()).toLocalDate();
		byte[] id = new byte[6];
		this.random.nextBytes(id);
		Challenge challenge = new Challenge(HexFormat.of().formatHex(id), channel.channelId(), name, domains, perDay,
				today, today.plusDays(days), channel.zone(), true);
		if (!this.store.create(teamId, challenge, lead)) {
			return new Started(this.store.running(teamId, channel.channelId()).orElse(challenge), false);
		}
		this.due.schedule(teamId, new DueTarget(DueTarget.Kind.CHALLENGE_CLOSING, challenge.id()),
				new SendSchedule(channel.schedule().time(), StudyDays.DAILY).sendOn(challenge.end(), channel.zone()));
		// Once, even if the lead's command is retried: a second announcement would confuse the channel.
		this.ledger.sendOnce(teamId, new DueTarget(DueTarget.Kind.CHALLENGE_ANNOUNCEMENT, challenge.id()), today,
				channel.channelId(), marker -> this.outbox.announce(teamId, challenge, marker));
		return new Started(challenge, true);
	}

	/** Adds a participant and sends their first questions at once; false when they were already in. */
	public boolean join(String teamId, Challenge challenge, String userId) {
		if (!this.store.join(teamId, challenge.id(), userId, this.clock.instant())) {
			return false;
		}
		DueTarget target = questionsTarget(challenge, userId);
		this.due.schedule(teamId, target, this.clock.instant());
		deliverDue(teamId, target);
		return true;
	}

	public Optional<Challenge> running(String teamId, String channelId) {
		return this.store.running(teamId, channelId);
	}

	public Optional<Challenge> find(String teamId, String challengeId) {
		return this.store.find(teamId, challengeId);
	}

	public List<Standing> standings(String teamId, Challenge challenge) {
		return this.boards.standings(teamId, BoardScope.challenge(challenge.id()));
	}

	/** Everyone who joined, counted from the members themselves: standings list only those who answered. */
	public long participants(String teamId, Challenge challenge) {
		return this.store.memberCount(teamId, challenge.id());
	}

	/** What a member's Home lists: the challenges they joined, and the running ones they started as a lead. */
	public List<Challenge> onHome(String teamId, String userId, Collection<String> studyChannels) {
		Map<String, Challenge> shown = new LinkedHashMap<>();
		joinedBy(teamId, userId).forEach(c -> shown.put(c.id(), c));
		for (String channel : studyChannels) {
			this.store.running(teamId, channel)
				.filter(c -> userId.equals(this.store.createdBy(teamId, c.id())))
				.ifPresent(c -> shown.putIfAbsent(c.id(), c));
		}
		return List.copyOf(shown.values());
	}

	public List<Challenge> joinedBy(String teamId, String userId) {
		return this.store.joinedBy(teamId, userId)
			.stream()
			.map(id -> this.store.find(teamId, id))
			.flatMap(Optional::stream)
			.filter(Challenge::active)
			.toList();
	}

	/** Ends a challenge now and posts its final standings (once, however many call it). */
	public void end(String teamId, Challenge challenge) {
		if (this.store.close(teamId, challenge)) {
			this.due.remove(teamId, new DueTarget(DueTarget.Kind.CHALLENGE_CLOSING, challenge.id()));
			this.outbox.postFinal(teamId, challenge, standings(teamId, challenge));
		}
	}

	public LocalDate today(Challenge challenge) {
		return this.clock.instant().atZone(challenge.zone()).toLocalDate();
	}

	@Override
	public boolean handles(DueTarget.Kind kind) {
		return kind == DueTarget.Kind.CHALLENGE_QUESTIONS || kind == DueTarget.Kind.CHALLENGE_CLOSING;
	}

	@Override
	public void deliverDue(String teamId, DueTarget target) {
		if (target.kind() == DueTarget.Kind.CHALLENGE_CLOSING) {
			this.store.find(teamId, target.id()).ifPresentOrElse(c -> end(teamId, c),
					() -> this.due.remove(teamId, target));
			return;
		}
		String[] ids = target.id().split(":");
		Optional<Challenge> found = this.store.find(teamId, ids[0]);
		Instant now = this.clock.instant();
		if (found.isEmpty() || !found.get().active() || !found.get().end().isAfter(today(found.get()))) {
			this.due.remove(teamId, target);
			return;
		}
		Challenge challenge = found.get();
		String userId = ids[1];
		ZoneId zone = this.users.profile(teamId, userId).zone();
		LocalDate today = now.atZone(zone).toLocalDate();
		for (int n = 1; n <= challenge.perDay(); n++) {
			// Each of the day's questions is a send of its own, so a crash after the first one
			// neither repeats it nor skips the others.
			int number = n;
			// The number goes before the member, so forget-me's pattern still finds the member's sends.
			DueTarget question = new DueTarget(DueTarget.Kind.CHALLENGE_QUESTIONS,
					challenge.id() + "#" + n + ":" + userId);
			SendOutcome outcome = this.ledger.sendOnce(teamId, question, today, userId,
					marker -> sendQuestion(teamId, userId, challenge, zone, number, marker));
			if (outcome instanceof SendOutcome.Failed || outcome instanceof SendOutcome.Skipped skipped && skipped.busy()) {
				return;
			}
			if (outcome instanceof SendOutcome.Refused) {
				break;
			}
		}
		this.due.schedule(teamId, target, new SendSchedule(QUESTION_TIME, StudyDays.DAILY).nextAfter(now, zone));
	}

	/** One of the day's questions, carrying its own marker. */
	private SendOutcome sendQuestion(String teamId, String userId, Challenge challenge, ZoneId zone, int number,
			String marker) {
		QuizService.Asked asked = this.quiz.askChallenge(teamId, userId, zone, challenge.domains(), challenge.id(),
				challenge.channelId(), challenge.start().atStartOfDay(challenge.zone()).toInstant());
		return this.outbox.postQuestion(teamId, userId, challenge, asked, number, marker);
	}

	private static DueTarget questionsTarget(Challenge challenge, String userId) {
		return new DueTarget(DueTarget.Kind.CHALLENGE_QUESTIONS, challenge.id() + ":" + userId);
	}

	/** How a start went: the challenge, and whether this call started it. */
	public record Started(Challenge challenge, boolean started) {
	}

}
