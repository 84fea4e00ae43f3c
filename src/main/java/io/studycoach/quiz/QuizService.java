package io.studycoach.quiz;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.learning.AdaptiveWeights;
import io.studycoach.learning.DomainWeights;
import io.studycoach.learning.QuestionSelector;
import io.studycoach.learning.ReviewState;
import io.studycoach.learning.SpacedRepetition;
import io.studycoach.learning.Streak;
import io.studycoach.learning.StudyCalendar;
import io.studycoach.learning.StudyPlan;
import io.studycoach.ops.CoachMetrics;
import io.studycoach.progress.AnswerRecorder;
import io.studycoach.progress.Boards;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.DeliveryStore;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.ProgressReader;
import io.studycoach.progress.Tally;
import io.studycoach.redis.Redis;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * Personal questions and all answers: picks a learner's next question (their weak domains tilted up,
 * due reviews mixed in), remembers whom it was given to, and checks an answer against the bank on the
 * server, whatever the click claims.
 */
@Service
public class QuizService {

	private final QuestionBank bank;

	private final QuestionSelector selector;

	private final DeliveryStore deliveries;

	private final AnswerRecorder recorder;

	private final ProgressReader progress;

	private final Boards boards;

	private final CoachMetrics metrics;

	private final Clock clock;

	QuizService(QuestionBank bank, QuestionSelector selector, DeliveryStore deliveries, AnswerRecorder recorder,
			ProgressReader progress, Boards boards, CoachMetrics metrics, Clock clock) {
		this.boards = boards;
		this.metrics = metrics;
		this.bank = bank;
		this.selector = selector;
		this.deliveries = deliveries;
		this.recorder = recorder;
		this.progress = progress;
		this.clock = clock;
	}

	/**
	 * A question for the learner, from {@code domainId} or (when empty) by their tilted weights.
	 *
	 * @param kind {@code QUIZ} for /quiz, {@code DIRECT} for a daily DM
	 */
	public Asked ask(String teamId, String userId, String channelId, String domainId, ZoneId zone,
			Delivery.Kind kind) {
		LearnerProgress learner = this.progress.read(teamId, userId);
		LocalDate today = this.clock.instant().atZone(zone).toLocalDate();
		QuestionSelector.Pick pick = domainId.isEmpty()
				? this.selector.next(weightsFor(learner), learner.history(), today, QuestionSelector.LEARNER_FRESHNESS)
				: this.selector.next(domainId, learner.history(), today, QuestionSelector.LEARNER_FRESHNESS);
		// A /quiz asked in a study channel counts on that channel's leaderboards.
		String channelZone = kind == Delivery.Kind.QUIZ
				? this.boards.studyChannelZone(teamId, channelId).map(ZoneId::getId).orElse("") : "";
		// Sent with the delivery's writes rather than in a round trip of its own.
		CompletableFuture<?> noted = this.progress.notePickLater(teamId, userId, pick.review());
		Delivery delivery = this.deliveries.create(teamId, userId, pick.question().id(), channelId, kind, channelZone,
				"");
		Redis.await(noted);
		this.metrics.questionSent(kind.name().toLowerCase(java.util.Locale.ROOT));
		long daysToExam = learner.examDate()
			.map(date -> java.time.temporal.ChronoUnit.DAYS.between(today, date))
			.filter(days -> days >= 0)
			.orElse(Asked.NO_EXAM_DATE);
		return new Asked(pick.question(), delivery, pick.review(), daysToExam);
	}

	/** A challenge question by DM, from the challenge's domains, weighted for the learner. */
	/** How far back a question handed to a learner keeps it out of their challenge questions. */
	public static final java.time.Duration CHALLENGE_UNSEEN = java.time.Duration.ofDays(14);

	/**
	 * A challenge question: never one handed to the learner since the challenge began or in the last
	 * 14 days, nor one the challenge's channel was asked in the last 60 days (its recap revealed the
	 * answer), while the challenge's domains have others.
	 */
	public Asked askChallenge(String teamId, String userId, ZoneId zone, List<String> domains, String challengeId,
			String channelId, Instant challengeStart) {
		LearnerProgress learner = this.progress.read(teamId, userId);
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(zone).toLocalDate();
		Set<String> others = new HashSet<>(this.bank.domains().stream().map(d -> d.id()).toList());
		others.removeAll(domains);
		Instant shownSince = challengeStart.isBefore(now.minus(CHALLENGE_UNSEEN)) ? challengeStart
				: now.minus(CHALLENGE_UNSEEN);
		Set<String> excluded = this.deliveries.shownSince(teamId, userId, shownSince);
		excluded.addAll(this.deliveries.channelAskedSince(teamId, channelId,
				now.minus(QuestionSelector.CHANNEL_FRESHNESS)));
		QuestionSelector.Pick pick = this.selector.next(weightsFor(learner, StudyPlan.DATA_ENGINEER).without(others), learner.history(), today,
				QuestionSelector.LEARNER_FRESHNESS, excluded);
		this.progress.notePick(teamId, userId, pick.review());
		Delivery delivery = this.deliveries.create(teamId, userId, pick.question().id(), userId,
				Delivery.Kind.CHALLENGE, "", challengeId);
		this.metrics.questionSent("challenge");
		return new Asked(pick.question(), delivery, pick.review(), Asked.NO_EXAM_DATE);
	}

	/**
	 * The learner's plan's weights (study domains, or the exam guide's sections) tilted toward their
	 * weak areas.
	 */
	public DomainWeights weightsFor(LearnerProgress learner) {
		return weightsFor(learner, learner.plan());
	}

	/** A challenge names domains, so it draws by the domain plan whatever the learner's own plan. */
	private DomainWeights weightsFor(LearnerProgress learner, StudyPlan plan) {
		Map<String, long[]> counts = new HashMap<>();
		Map<String, Tally> tallies = new HashMap<>(learner.byDomain());
		tallies.putAll(learner.bySection());
		tallies.forEach((area, tally) -> counts.put(area, new long[] { tally.answered(), tally.answered() - tally.right() }));
		return AdaptiveWeights.tilt(plan.baseWeights(this.bank), counts);
	}

	/** Questions of the exam guide the learner has not seen yet, for the plan to an exam date. */
	public long unseenInGuide(LearnerProgress learner) {
		return this.bank.questions()
			.stream()
			.filter(q -> !q.section().isEmpty() && !learner.history().lastAnswered().containsKey(q.id()))
			.count();
	}

	/** Chooses the plan that weights the learner's daily questions from now on. */
	public void choosePlan(String teamId, String userId, StudyPlan plan) {
		this.progress.setPlan(teamId, userId, plan);
	}

	public AnswerOutcome answer(String teamId, String userId, String deliveryId, Set<Character> chosen, ZoneId zone) {
		return answer(teamId, userId, deliveryId, chosen, Optional.of(zone));
	}

	/**
	 * Records an answer whose learner's time zone may not be known yet (nothing cached, and the
	 * answer must not wait on Slack to learn it). An unknown zone dates the answer by the study
	 * channel the question belongs to, if any, else by UTC: see docs/learning.md.
	 *
	 * @param learnerZone the learner's own zone, or empty when it is unknown
	 */
	public AnswerOutcome answer(String teamId, String userId, String deliveryId, Set<Character> chosen,
			Optional<ZoneId> learnerZone) {
		return answer(teamId, userId, deliveryId, chosen, CompletableFuture.completedFuture(learnerZone));
	}

	/**
	 * The same, with the zone still being read: the delivery, the learner's progress and streak are
	 * asked for at once, so they and the zone come back in one round trip (an answer click's reads
	 * all stand before its acknowledgement).
	 */
	public AnswerOutcome answer(String teamId, String userId, String deliveryId, Set<Character> chosen,
			CompletableFuture<Optional<ZoneId>> learnerZone) {
		CompletableFuture<Optional<Delivery>> asked = this.deliveries.findLater(teamId, deliveryId);
		Supplier<LearnerProgress> progressBefore = this.progress.readLater(teamId, userId);
		CompletableFuture<StudyCalendar> calendar = this.progress.calendarLater(teamId, userId);
		Optional<Delivery> found = Redis.await(asked);
		if (found.isEmpty()) {
			return new AnswerOutcome.Expired();
		}
		Delivery delivery = found.get();
		if (!delivery.answerableBy(userId)) {
			return new AnswerOutcome.NotYours();
		}
		Optional<Question> question = this.bank.question(delivery.questionId());
		if (question.isEmpty()) {
			return new AnswerOutcome.Expired();
		}
		Question q = question.get();
		int expected = q.answer().size();
		boolean validLetters = chosen.stream().allMatch(c -> c >= 'A' && c < 'A' + q.choices().size());
		if (chosen.size() != expected || !validLetters) {
			return new AnswerOutcome.Invalid(expected);
		}
		Instant now = this.clock.instant();
		ZoneId zone = Redis.await(learnerZone).orElseGet(() -> fallbackZone(delivery));
		LocalDate today = now.atZone(zone).toLocalDate();
		boolean right = q.isRight(chosen);
		String letters = new TreeSet<>(chosen).stream().map(String::valueOf).collect(Collectors.joining(", "));
		if (this.recorder.underReview(q.id())) {
			AnswerRecorder.Answer held = new AnswerRecorder.Answer(userId, letters, right, q.domain(), today, now);
			return this.recorder.recordUnderReview(delivery, held) ? new AnswerOutcome.UnderReview(delivery, q, letters)
					: new AnswerOutcome.AlreadyAnswered();
		}
		LearnerProgress before = progressBefore.get();
		Optional<ReviewState> review = SpacedRepetition.afterAnswer(before.history().review(q.id()), right, today);
		Optional<LocalDate> channelDay = delivery.channelZone().isEmpty() ? Optional.empty()
				: Optional.of(now.atZone(ZoneId.of(delivery.channelZone())).toLocalDate());
		AnswerRecorder.Answer answer = new AnswerRecorder.Answer(userId, letters, right, q.domain(), today, now,
				q.section().isEmpty() ? "" : StudyArea.sectionArea(q.section()));
		if (!this.recorder.record(delivery, answer, review, channelDay, Boards.scopesFor(delivery, channelDay))) {
			return new AnswerOutcome.AlreadyAnswered();
		}
		this.metrics.answered(right);
		// The state after this answer follows from the state before it; no second read needed.
		Tally overall = new Tally(before.overall().answered() + 1, before.overall().right() + (right ? 1 : 0));
		return new AnswerOutcome.Recorded(delivery, q, letters, right, this.progress.streak(calendar, before.days().with(today), today),
				overall);
	}

	/** The zone that dates an answer while the learner's own is unknown: the study channel's, else UTC. */
	static ZoneId fallbackZone(Delivery delivery) {
		try {
			return delivery.channelZone().isEmpty() ? ZoneOffset.UTC : ZoneId.of(delivery.channelZone());
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

	public LearnerProgress progress(String teamId, String userId) {
		return this.progress.read(teamId, userId);
	}

	public Streak streak(String teamId, String userId, LearnerProgress progress, ZoneId zone) {
		return this.progress.streak(teamId, userId, progress.days(), today(zone));
	}

	public LocalDate today(ZoneId zone) {
		return this.clock.instant().atZone(zone).toLocalDate();
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** A question handed out, with its delivery, and whether it is a due review. */
	/** @param daysToExam days to the learner's exam date, for the countdown; {@link #NO_EXAM_DATE} without one */
	public record Asked(Question question, Delivery delivery, boolean review, long daysToExam) {

		public static final long NO_EXAM_DATE = -1;

	}

}
