package io.studycoach.exam;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.DueIndex;
import io.studycoach.learning.ActiveDays;
import io.studycoach.learning.HeldQuestions;
import io.studycoach.quiz.QuizService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Practice exams: drawn by the guide's weights, one at a time per learner, answered and navigated
 * click by click (nothing right or wrong shown until the end), submitted by the learner or at the
 * deadline, then scored against the bank. Submitting writes the attempt, the missed questions'
 * review states and the questions seen, in one step and once. Exam answers never touch the
 * leaderboards or the channels' tallies; they do count as study days.
 */
@Service
public class ExamService {

	private final ExamStore store;

	private final QuestionBank bank;

	private final QuizService quiz;

	private final DueIndex due;

	private final ExamProperties properties;

	private final ExamEnding ending;

	private final Clock clock;

	private final HeldQuestions held;

	private final SecureRandom random = new SecureRandom();

	ExamService(ExamStore store, QuestionBank bank, QuizService quiz, DueIndex due, ExamProperties properties,
			ExamEnding ending, Clock clock, HeldQuestions held) {
		this.held = held;
		this.ending = ending;
		this.store = store;
		this.bank = bank;
		this.quiz = quiz;
		this.due = due;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts an exam of {@code length} questions, or returns the one running. A running exam whose
	 * time ran out is submitted first and reported in {@link Started#timedOut()}.
	 */
	public Started start(String teamId, String userId, int length, ZoneId zone) {
		Optional<Exam> timedOut = Optional.empty();
		Optional<Exam> running = running(teamId, userId);
		if (running.isPresent()) {
			if (!running.get().timeUp(now())) {
				return new Started(running.get(), false, timedOut);
			}
			timedOut = submit(teamId, userId, running.get().id(), Exam.BY_DEADLINE).map(ExamResult::exam);
		}
		List<Question> questions = ExamDraw.draw(this.bank, length, this.quiz.progress(teamId, userId).history(),
				this.random, this.held.held());
		byte[] id = new byte[6];
		this.random.nextBytes(id);
		Instant now = now();
		Exam exam = new Exam(HexFormat.of().formatHex(id), userId, questions.stream().map(Question::id).toList(),
				Map.of(), Set.of(), 0, now, now.plus(this.properties.timeFor(questions.size())), Exam.Status.RUNNING,
				zone, Optional.empty(), "", 0);
		Optional<String> other = this.store.start(teamId, exam);
		if (other.isPresent()) {
			// Two starts at once: the other one won, and it is the learner's exam.
			return new Started(this.store.find(teamId, userId, other.get()).orElse(exam), false, timedOut);
		}
		// The exam's script put its deadline in the due index; this makes sure the tick visits the workspace.
		this.due.schedule(teamId, ExamStore.target(exam), exam.deadline());
		return new Started(exam, true, timedOut);
	}

	/** The learner's running exam, if any (possibly past its deadline, until it is submitted). */
	public Optional<Exam> running(String teamId, String userId) {
		Optional<String> id = this.store.runningId(teamId, userId);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Optional<Exam> exam = this.store.find(teamId, userId, id.get()).filter(Exam::running);
		if (exam.isEmpty()) {
			this.store.dropPointer(teamId, userId, id.get());
		}
		return exam;
	}

	public Optional<Exam> find(String teamId, String userId, String examId) {
		return this.store.find(teamId, userId, examId);
	}

	/**
	 * A click on an exam's message by {@code clicker}. {@code clickId} (Slack's action_ts) makes a
	 * replayed click change nothing; every click names its target state, so a double click is harmless.
	 */
	public ClickOutcome click(String teamId, String clicker, String owner, String examId, String clickId,
			ExamClick click) {
		return click(teamId, clicker, owner, examId, clickId, click, Optional.empty());
	}

	/**
	 * The same, for a click whose message also carried a choose-two question's ticks (Slack sends the
	 * message's checkboxes with every click): they are recorded too, so a lost tick is made good.
	 */
	public ClickOutcome click(String teamId, String clicker, String owner, String examId, String clickId,
			ExamClick click, Optional<ExamClick.Answer> ticked) {
		if (!clicker.equals(owner)) {
			return new ClickOutcome.NotYours();
		}
		Optional<Exam> found = this.store.find(teamId, owner, examId);
		if (found.isEmpty() || click.index() < 0 || click.index() >= found.get().size()) {
			return new ClickOutcome.Gone();
		}
		Exam exam = found.get();
		String op = "go";
		String value = "";
		if (click instanceof ExamClick.Answer answer) {
			Optional<String> letters = valid(exam.questionIds().get(answer.index()), answer.letters());
			if (letters.isEmpty()) {
				return new ClickOutcome.Gone();
			}
			op = "answer";
			value = letters.get();
		}
		else if (click instanceof ExamClick.Flag flag) {
			op = "flag";
			value = flag.on() ? "1" : "0";
		}
		Optional<ExamClick.Answer> carried = ticked
			.filter(t -> t.index() >= 0 && t.index() < exam.size())
			.flatMap(t -> valid(exam.questionIds().get(t.index()), t.letters()).map(l -> new ExamClick.Answer(t.index(), l)));
		Instant now = now();
		LocalDate today = now.atZone(exam.zone()).toLocalDate();
		// Slack's action_ts is a decimal number; anything else is not used to order or deduplicate.
		String id = clickId != null && clickId.matches("\\d{1,12}(\\.\\d{1,9})?") ? clickId : "";
		ExamStore.Acted acted = this.store.act(teamId, exam, id, now, op, click.index(), value,
				ActiveDays.offset(today), carried);
		return switch (acted.code()) {
			case "ok", "replay" -> new ClickOutcome.Changed(acted.exam().orElse(exam), acted.code().equals("replay"));
			case "late" -> submit(teamId, owner, examId, Exam.BY_DEADLINE)
				.<ClickOutcome>map(result -> new ClickOutcome.TimeUp(result.exam()))
				.orElse(new ClickOutcome.Gone());
			case "over" -> new ClickOutcome.Over(this.store.find(teamId, owner, examId).orElse(exam));
			default -> new ClickOutcome.Gone();
		};
	}

	/** The letters sorted and checked against the question's choices; a single-answer question takes one. */
	private Optional<String> valid(String questionId, String letters) {
		Optional<Question> question = this.bank.question(questionId);
		if (question.isEmpty()) {
			return Optional.empty();
		}
		int choices = question.get().choices().size();
		String sorted = letters.chars().sorted().distinct()
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		boolean known = sorted.chars().allMatch(c -> c >= 'A' && c < 'A' + choices);
		boolean count = question.get().multiSelect() || sorted.length() <= 1;
		return known && count ? Optional.of(sorted) : Optional.empty();
	}

	/**
	 * Submits the exam (once, whoever else tries) and returns its result; empty when it does not exist
	 * or was abandoned. A result is returned also when the exam had been submitted before.
	 */
	public Optional<ExamResult> submit(String teamId, String userId, String examId, String how) {
		return this.ending.submit(teamId, userId, examId, how);
	}

	/** Ends the running exam without a score; false when it was not running. */
	public boolean abandon(String teamId, String userId, String examId) {
		return this.ending.abandon(teamId, userId, examId);
	}

	public ExamResult result(Exam exam) {
		return this.ending.result(exam);
	}

	/** The learner's latest submitted exams, newest first. */
	public List<Attempt> history(String teamId, String userId, int limit) {
		return this.store.attempts(teamId, userId, limit);
	}

	public ExamProperties settings() {
		return this.properties;
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** An exam as {@link #start} left it: new ({@code fresh}) or the one already running. */
	public record Started(Exam exam, boolean fresh, Optional<Exam> timedOut) {
	}

}
