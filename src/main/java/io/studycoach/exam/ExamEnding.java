package io.studycoach.exam;

import io.studycoach.content.QuestionBank;
import io.studycoach.learning.HeldQuestions;
import io.studycoach.learning.ReviewState;
import io.studycoach.learning.SpacedRepetition;
import io.studycoach.progress.ProgressReader;
import io.studycoach.quality.ItemStats;
import io.studycoach.readiness.LearnerAbilities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Ends exams: scores a submission from the stored answers and writes the attempt, the review states
 * and the questions seen together with the new status (exam-finish.lua), so that of two submissions
 * at once (the learner's click and the deadline, or two instances) exactly one counts. When a click
 * changed the exam while it was being scored, it is read and scored again.
 */
@Component
class ExamEnding {

	/** Tries of a submission when clicks keep changing the exam while it is scored. */
	private static final int FINISH_TRIES = 10;

	private final ExamStore store;

	private final QuestionBank bank;

	private final ExamProperties properties;

	private final Clock clock;

	private final ProgressReader progress;

	private final LearnerAbilities abilities;

	private final ItemStats items;

	private final HeldQuestions held;

	ExamEnding(ExamStore store, QuestionBank bank, ExamProperties properties, Clock clock, ProgressReader progress,
			LearnerAbilities abilities, ItemStats items, HeldQuestions held) {
		this.items = items;
		this.held = held;
		this.progress = progress;
		this.abilities = abilities;
		this.store = store;
		this.bank = bank;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Submits the exam (once, whoever else tries) and returns its result; empty when it does not exist
	 * or was abandoned. A result is returned also when the exam had been submitted before.
	 */
	Optional<ExamResult> submit(String teamId, String userId, String examId, String how) {
		for (int i = 0; i < FINISH_TRIES; i++) {
			Optional<Exam> found = this.store.find(teamId, userId, examId);
			if (found.isEmpty() || found.get().status() == Exam.Status.ABANDONED) {
				return Optional.empty();
			}
			Exam exam = found.get();
			if (exam.status() == Exam.Status.SUBMITTED) {
				return Optional.of(result(exam));
			}
			Instant now = this.clock.instant();
			Exam ended = new Exam(exam.id(), userId, exam.questionIds(), exam.answers(), exam.flags(), exam.current(),
					exam.started(), exam.deadline(), Exam.Status.SUBMITTED, exam.zone(), Optional.of(now), how,
					exam.version());
			ExamResult result = result(ended);
			Set<String> seenBefore = this.progress.read(teamId, userId).history().lastAnswered().keySet();
			long code = this.store.finish(teamId, exam, Exam.Status.SUBMITTED, how, now, Optional.of(result.attempt()),
					reviewsAfter(teamId, result, now.atZone(exam.zone()).toLocalDate()), Optional.of(now));
			if (code == 1) {
				// A practice exam is evidence too: its first attempts teach the readiness model, once,
				// since only the caller that submitted gets here. Unanswered questions say nothing.
				// A question quarantined since the exam was drawn teaches neither the model nor the item figures.
				Set<String> underReview = this.held.held();
				result.items()
					.stream()
					.filter(item -> !item.chosen().isEmpty() && !seenBefore.contains(item.question().id()))
					.filter(item -> !underReview.contains(item.question().id()))
					.forEach(item -> this.abilities.learnLater(teamId, userId, item.question().id(), item.right(),
							ability -> this.items.firstAttempt(item.question().id(),
									item.chosen().chars().filter(Character::isUpperCase).mapToObj(c -> (char) c).toList(),
									item.right(), ability)));
				return Optional.of(result);
			}
		}
		throw new IllegalStateException("An exam kept changing while it was being submitted");
	}

	/** Ends the running exam without a score; false when it was not running. */
	boolean abandon(String teamId, String userId, String examId) {
		for (int i = 0; i < FINISH_TRIES; i++) {
			Optional<Exam> found = this.store.find(teamId, userId, examId);
			if (found.isEmpty() || !found.get().running()) {
				return false;
			}
			long code = this.store.finish(teamId, found.get(), Exam.Status.ABANDONED, Exam.BY_LEARNER, this.clock.instant(),
					Optional.empty(), Map.of(), Optional.empty());
			if (code == 1) {
				return true;
			}
		}
		return false;
	}

	/** Missed questions go into review (or back to its start); right ones under review move on. */
	private Map<String, ReviewState> reviewsAfter(String teamId, ExamResult result, LocalDate today) {
		Map<String, ReviewState> before = this.store.reviews(teamId, result.exam().userId(),
				result.items().stream().map(item -> item.question().id()).toList());
		Map<String, ReviewState> after = new HashMap<>();
		for (ExamResult.Item item : result.items()) {
			String id = item.question().id();
			SpacedRepetition.afterAnswer(Optional.ofNullable(before.get(id)), item.right(), today)
				.ifPresent(state -> after.put(id, state));
		}
		return after;
	}

	ExamResult result(Exam exam) {
		return ExamResult.of(exam, this.bank, this.properties.passMark());
	}

}
