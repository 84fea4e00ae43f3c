package io.studycoach.quiz;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.DomainWeights;
import io.studycoach.learning.QuestionSelector;
import io.studycoach.learning.Streak;
import io.studycoach.progress.AnswerRecorder;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.DeliveryStore;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.ProgressReader;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

/**
 * On-demand questions and their answers: picks a question, remembers whom it was given to, and
 * checks an answer against the bank on the server, whatever the click claims.
 */
@Service
public class QuizService {

	private final QuestionBank bank;

	private final QuestionSelector selector;

	private final DeliveryStore deliveries;

	private final AnswerRecorder recorder;

	private final ProgressReader progress;

	private final Clock clock;

	QuizService(QuestionBank bank, QuestionSelector selector, DeliveryStore deliveries, AnswerRecorder recorder,
			ProgressReader progress, Clock clock) {
		this.bank = bank;
		this.selector = selector;
		this.deliveries = deliveries;
		this.recorder = recorder;
		this.progress = progress;
		this.clock = clock;
	}

	/** A question for the learner, from {@code domainId} or (when empty) by the domain weights. */
	public Asked ask(String teamId, String userId, String channelId, String domainId) {
		LearnerProgress learner = this.progress.read(teamId, userId);
		Question question = domainId.isEmpty()
				? this.selector.next(DomainWeights.base(this.bank.domains()), learner.history())
				: this.selector.next(domainId, learner.history());
		Delivery delivery = this.deliveries.create(teamId, userId, question.id(), channelId, Delivery.Kind.QUIZ);
		return new Asked(question, delivery);
	}

	public AnswerOutcome answer(String teamId, String userId, String deliveryId, Set<Character> chosen, ZoneId zone) {
		Optional<Delivery> found = this.deliveries.find(teamId, deliveryId);
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
		LocalDate today = now.atZone(zone).toLocalDate();
		boolean right = q.isRight(chosen);
		String letters = String.join(", ", new TreeSet<>(chosen).stream().map(String::valueOf).toList());
		if (!this.recorder.record(delivery, userId, letters, right, q.domain(), today, now)) {
			return new AnswerOutcome.AlreadyAnswered();
		}
		LearnerProgress after = this.progress.read(teamId, userId);
		return new AnswerOutcome.Recorded(q, letters, right, Streak.of(after.days(), today), after.overall());
	}

	public LearnerProgress progress(String teamId, String userId) {
		return this.progress.read(teamId, userId);
	}

	public Streak streak(LearnerProgress progress, ZoneId zone) {
		return Streak.of(progress.days(), this.clock.instant().atZone(zone).toLocalDate());
	}

	/** A question handed out, with its delivery. */
	public record Asked(Question question, Delivery delivery) {
	}

}
