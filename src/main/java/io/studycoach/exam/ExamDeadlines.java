package io.studycoach.exam;

import io.studycoach.delivery.DueHandler;
import io.studycoach.delivery.DueIndex;
import io.studycoach.delivery.DueTarget;
import io.studycoach.delivery.SendLedger;
import io.studycoach.delivery.SendOutcome;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The automatic submission at an exam's deadline, and every exam's result DM. An exam sits in the due
 * index at its deadline from the moment it starts; the tick and the fan-out hand it to one instance at
 * a time, the submission counts once (exam-finish.lua), and the result DM goes out once through the
 * send ledger, whichever instance (or the learner's own Submit) gets there first. A learner's
 * submission moves the target to "now", so a result DM that failed is retried by the next tick.
 */
@Component
public class ExamDeadlines implements DueHandler {

	private static final Logger logger = LoggerFactory.getLogger(ExamDeadlines.class);

	private final ExamService exams;

	private final DueIndex due;

	private final SendLedger ledger;

	private final ExamOutbox outbox;

	ExamDeadlines(ExamService exams, DueIndex due, SendLedger ledger, ExamOutbox outbox) {
		this.exams = exams;
		this.due = due;
		this.ledger = ledger;
		this.outbox = outbox;
	}

	@Override
	public boolean handles(DueTarget.Kind kind) {
		return kind == DueTarget.Kind.EXAM_DEADLINE;
	}

	@Override
	public void deliverDue(String teamId, DueTarget target) {
		String[] ids = target.id().split(":");
		if (ids.length != 2) {
			this.due.remove(teamId, target);
			return;
		}
		Optional<Exam> found = this.exams.find(teamId, ids[1], ids[0]);
		if (found.isEmpty() || found.get().status() == Exam.Status.ABANDONED) {
			this.due.remove(teamId, target);
			return;
		}
		Exam exam = found.get();
		if (exam.running()) {
			if (!exam.timeUp(this.exams.now())) {
				// Handed out early (another instance's clock): back to its deadline.
				this.due.schedule(teamId, target, exam.deadline());
				return;
			}
			logger.info("A practice exam reached its deadline; submitting it");
			this.exams.submit(teamId, exam.userId(), exam.id(), Exam.BY_DEADLINE);
		}
		sendResult(teamId, exam.userId(), exam.id());
	}

	/** Sends a submitted exam's result by DM, at most once; the due index keeps it until it went out. */
	public SendOutcome sendResult(String teamId, String userId, String examId) {
		Optional<Exam> exam = this.exams.find(teamId, userId, examId).filter(e -> e.status() == Exam.Status.SUBMITTED);
		DueTarget target = new DueTarget(DueTarget.Kind.EXAM_DEADLINE, examId + ":" + userId);
		if (exam.isEmpty()) {
			this.due.remove(teamId, target);
			return new SendOutcome.Skipped(false);
		}
		ExamResult result = this.exams.result(exam.get());
		// One result per exam: the day is fixed by the exam (its deadline's date), not by when it is sent.
		LocalDate day = exam.get().deadline().atZone(ZoneOffset.UTC).toLocalDate();
		SendOutcome outcome = this.ledger.sendOnce(teamId, target, day, userId,
				marker -> this.outbox.postResult(teamId, userId, result, marker));
		if (outcome instanceof SendOutcome.Sent || outcome instanceof SendOutcome.Refused
				|| outcome instanceof SendOutcome.Skipped skipped && !skipped.busy()) {
			this.due.remove(teamId, target);
		}
		return outcome;
	}

}
