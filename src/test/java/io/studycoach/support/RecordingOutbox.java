package io.studycoach.support;

import io.studycoach.challenge.Challenge;
import io.studycoach.challenge.ChallengeOutbox;
import io.studycoach.delivery.ChannelPost;
import io.studycoach.delivery.Outbox;
import io.studycoach.delivery.PauseReason;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.progress.Standing;
import io.studycoach.quiz.QuizService;
import io.studycoach.summary.PersonalWeek;
import io.studycoach.summary.SummaryOutbox;
import io.studycoach.summary.WeeklySummary;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's side for component tests of the senders, without Slack: the core's outboxes, recording
 * each message as Slack would have taken it. Posts to a destination can be refused or fail instead;
 * the history looked into after a crash is what was taken.
 */
public final class RecordingOutbox implements Outbox, SummaryOutbox, ChallengeOutbox {

	public enum Kind {

		CHANNEL_QUESTION, DIRECT_QUESTION, CHANNEL_SUMMARY, PERSONAL_WEEK, ANNOUNCEMENT, CHALLENGE_QUESTION,
		FINAL_STANDINGS

	}

	/** A message Slack took: where to, the send's marker (null for an unmarked post) and what it carried. */
	public record Message(Kind kind, String teamId, String to, String marker, Object content) {
	}

	/** A look into a conversation's history for a marked message, from {@code since} on. */
	public record HistoryCheck(String teamId, String to, String marker, Instant since) {
	}

	public record PauseNotice(String teamId, String channelId, List<String> leads, PauseReason reason) {
	}

	private final List<Message> taken = new CopyOnWriteArrayList<>();

	private final List<HistoryCheck> historyChecks = new CopyOnWriteArrayList<>();

	private final List<PauseNotice> pauseNotices = new CopyOnWriteArrayList<>();

	private final Map<String, SendOutcome> answers = new ConcurrentHashMap<>();

	private final AtomicLong messages = new AtomicLong();

	/** From now on posts to {@code to} are answered with {@code outcome} (a refusal or a failure) and not taken. */
	public void answer(String to, SendOutcome outcome) {
		this.answers.put(to, outcome);
	}

	/** Posts to {@code to} are taken again. */
	public void recover(String to) {
		this.answers.remove(to);
	}

	/** Every message taken, oldest first. */
	public List<Message> taken() {
		return List.copyOf(this.taken);
	}

	/** The messages taken for {@code to} (a channel, or a user for a DM). */
	public List<Message> takenFor(String to) {
		return this.taken.stream().filter(m -> m.to().equals(to)).toList();
	}

	public List<HistoryCheck> historyChecks() {
		return List.copyOf(this.historyChecks);
	}

	public List<PauseNotice> pauseNotices() {
		return List.copyOf(this.pauseNotices);
	}

	/** A post: taken, with a new message ts, unless posts to {@code to} are answered otherwise. */
	public SendOutcome post(Kind kind, String teamId, String to, String marker, Object content) {
		SendOutcome answer = this.answers.get(to);
		if (answer != null) {
			return answer;
		}
		this.taken.add(new Message(kind, teamId, to, marker, content));
		return new SendOutcome.Sent("1772500000.%06d".formatted(this.messages.incrementAndGet()));
	}

	@Override
	public boolean alreadyPosted(String teamId, String channelOrUser, String marker, Instant since) {
		this.historyChecks.add(new HistoryCheck(teamId, channelOrUser, marker, since));
		return this.taken.stream()
			.anyMatch(m -> m.teamId().equals(teamId) && m.to().equals(channelOrUser) && marker.equals(m.marker()));
	}

	@Override
	public SendOutcome postChannelQuestion(String teamId, String channelId, ChannelPost post, String marker) {
		return post(Kind.CHANNEL_QUESTION, teamId, channelId, marker, post);
	}

	@Override
	public SendOutcome postDirectQuestion(String teamId, String userId, QuizService.Asked asked, String marker) {
		return post(Kind.DIRECT_QUESTION, teamId, userId, marker, asked);
	}

	@Override
	public void notifyLeadsOfPause(String teamId, String channelId, Collection<String> leads, PauseReason reason) {
		this.pauseNotices.add(new PauseNotice(teamId, channelId, List.copyOf(leads), reason));
	}

	@Override
	public SendOutcome postChannelSummary(String teamId, WeeklySummary summary, String marker) {
		return post(Kind.CHANNEL_SUMMARY, teamId, summary.channelId(), marker, summary);
	}

	@Override
	public SendOutcome postPersonalWeek(String teamId, String userId, PersonalWeek week, String marker) {
		return post(Kind.PERSONAL_WEEK, teamId, userId, marker, week);
	}

	@Override
	public SendOutcome announce(String teamId, Challenge challenge, String marker) {
		return post(Kind.ANNOUNCEMENT, teamId, challenge.channelId(), marker, challenge);
	}

	@Override
	public SendOutcome postQuestion(String teamId, String userId, Challenge challenge, QuizService.Asked asked,
			int number, String marker) {
		return post(Kind.CHALLENGE_QUESTION, teamId, userId, marker, asked);
	}

	@Override
	public SendOutcome postFinal(String teamId, Challenge challenge, List<Standing> standings) {
		return post(Kind.FINAL_STANDINGS, teamId, challenge.channelId(), null, standings);
	}

}
