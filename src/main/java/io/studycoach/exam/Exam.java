package io.studycoach.exam;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * One practice exam of one learner: its questions in order, the answers given so far (index to the
 * letters chosen, e.g. "B" or "AD"), the questions flagged for review, where the learner is, and
 * the deadline. Indexes start at 0; the learner sees them from 1.
 *
 * @param current the question the learner was last on
 * @param finished when it was submitted or abandoned, or empty while it runs
 * @param how who submitted it: {@code you} (the learner) or {@code deadline} (automatically)
 * @param version how many clicks changed it; ending it checks that nothing changed since it was read
 */
public record Exam(String id, String userId, List<String> questionIds, Map<Integer, String> answers,
		Set<Integer> flags, int current, Instant started, Instant deadline, Status status, ZoneId zone,
		Optional<Instant> finished, String how, long version) {

	public static final String BY_LEARNER = "you";

	public static final String BY_DEADLINE = "deadline";

	public enum Status {

		RUNNING, SUBMITTED, ABANDONED

	}

	public Exam {
		questionIds = List.copyOf(questionIds);
		answers = Map.copyOf(answers);
		flags = Set.copyOf(flags);
	}

	public int size() {
		return this.questionIds.size();
	}

	public boolean running() {
		return this.status == Status.RUNNING;
	}

	/** True once the deadline has come: answers no longer count and the exam is due to be submitted. */
	public boolean timeUp(Instant now) {
		return !now.isBefore(this.deadline);
	}

	public Duration timeLeft(Instant now) {
		Duration left = Duration.between(now, this.deadline);
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** The letters chosen for question {@code index}, or "" when it is not answered. */
	public String answer(int index) {
		return this.answers.getOrDefault(index, "");
	}

	public boolean flagged(int index) {
		return this.flags.contains(index);
	}

	public int answeredCount() {
		return (int) IntStream.range(0, size()).filter(i -> !answer(i).isEmpty()).count();
	}

	/** The questions not answered, in order. */
	public List<Integer> unanswered() {
		return IntStream.range(0, size()).filter(i -> answer(i).isEmpty()).boxed().toList();
	}

	/** The questions flagged for review, in order. */
	public List<Integer> flagged() {
		return List.copyOf(new TreeSet<>(this.flags));
	}

	/** The time the learner spent: from the start to the submission, never more than the time allowed. */
	public Duration used() {
		Instant end = this.finished.orElse(this.deadline);
		Instant capped = end.isAfter(this.deadline) ? this.deadline : end;
		return Duration.between(this.started, capped);
	}

	public Duration allowed() {
		return Duration.between(this.started, this.deadline);
	}

}
