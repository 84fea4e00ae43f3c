package io.studycoach.slack.exam;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.studycoach.exam.Exam;
import io.studycoach.exam.ExamService;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.Wording;

import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The clicks around an exam rather than in it: the answer to "abandon your exam?", and the pages of a
 * submitted exam's review (the first opens below the result, the next ones replace it).
 */
@Component
class ExamAfterClicks implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(ExamAfterClicks.class);

	private static final Pattern PAGE = Pattern.compile("^" + ResultView.PAGE_PREFIX + "\\d{1,3}$");

	private final ExamService exams;

	private final ResultView results;

	private final SlackExamOutbox outbox;

	private final NoticeView notices;

	private final Responder responder;

	ExamAfterClicks(ExamService exams, ResultView results, SlackExamOutbox outbox, NoticeView notices,
			Responder responder) {
		this.exams = exams;
		this.results = results;
		this.outbox = outbox;
		this.notices = notices;
		this.responder = responder;
	}

	@Override
	public void register(App app) {
		app.blockAction(ExamCommand.ABANDON, this::abandon);
		app.blockAction(ExamCommand.KEEP_GOING, (request, context) -> {
			this.responder.replace(context, true, this.notices.notice(ExamWording.KEEP_GOING));
			return context.ack();
		});
		app.blockAction(PAGE, this::page);
	}

	private Response abandon(BlockActionRequest request, ActionContext context) {
		BlockActionPayload payload = request.getPayload();
		Optional<ExamRef> ref = Payloads.complete(payload) ? ExamRef.parse(payload.getActions().get(0).getValue())
				: Optional.empty();
		if (ref.isEmpty()) {
			return Payloads.BAD_REQUEST;
		}
		String team = payload.getTeam().getId();
		String user = payload.getUser().getId();
		try {
			if (!user.equals(ref.get().owner())) {
				this.responder.add(context, this.notices.notice(ExamWording.NOT_YOURS));
			}
			else if (this.exams.abandon(team, user, ref.get().examId())) {
				this.responder.replace(context, true, this.notices.notice(ExamWording.ABANDONED));
			}
			else {
				Optional<Exam> exam = this.exams.find(team, user, ref.get().examId());
				this.responder.replace(context, true, exam.isEmpty() ? this.notices.notice(ExamWording.GONE)
						: this.notices.notice(ExamWording.OVER,
								new ExamWording.Status(exam.get().status() == Exam.Status.ABANDONED)));
			}
		}
		catch (StoreUnavailableException ex) {
			logger.warn("An exam could not be abandoned: {}", ex.getMessage());
			this.responder.add(context, this.notices.notice(Wording.TRY_AGAIN));
		}
		return context.ack();
	}

	private Response page(BlockActionRequest request, ActionContext context) {
		BlockActionPayload payload = request.getPayload();
		Optional<ExamRef> ref = Payloads.complete(payload) ? ExamRef.parse(payload.getActions().get(0).getValue())
				: Optional.empty();
		if (ref.isEmpty()) {
			return Payloads.BAD_REQUEST;
		}
		String team = payload.getTeam().getId();
		String user = payload.getUser().getId();
		try {
			Optional<Exam> exam = user.equals(ref.get().owner()) ? this.exams.find(team, user, ref.get().examId())
					: Optional.empty();
			if (exam.isEmpty() || exam.get().status() != Exam.Status.SUBMITTED) {
				this.responder.add(context, this.notices.notice(
						user.equals(ref.get().owner()) ? ExamWording.GONE : ExamWording.NOT_YOURS));
				return context.ack();
			}
			Message page = this.results.reviewPage(this.exams.result(exam.get()), ref.get().number());
			boolean fromResult = "exam_result".equals(payload.getActions().get(0).getBlockId());
			String channel = payload.getChannel() == null ? user : payload.getChannel().getId();
			if (fromResult) {
				// The result stays; the review opens as a message of its own below it.
				this.responder.background(() -> this.outbox.post(team, channel, page));
			}
			else {
				this.responder.replace(context, false, page);
			}
		}
		catch (StoreUnavailableException ex) {
			logger.warn("An exam review page could not be read: {}", ex.getMessage());
			this.responder.add(context, this.notices.notice(Wording.TRY_AGAIN));
		}
		return context.ack();
	}

}
