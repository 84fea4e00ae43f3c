package io.studycoach.slack.exam;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import io.studycoach.exam.ClickOutcome;
import io.studycoach.exam.Exam;
import io.studycoach.exam.ExamClick;
import io.studycoach.exam.ExamDeadlines;
import io.studycoach.exam.ExamService;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.Wording;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Clicks on a running exam's message: answers, moves, flags, the review step and Submit. Each is
 * recorded in Redis before the acknowledgement (one script, so a double click or a replay changes
 * nothing more); the new screen then replaces the message through the click's response_url.
 */
@Component
class ExamClicks implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(ExamClicks.class);

	private static final Pattern CHOICE = Pattern.compile("^" + ExamView.CHOICE_PREFIX + "[A-E]$");

	private static final Pattern GO = Pattern.compile("^" + ExamView.GO_PREFIX + "\\d{1,4}$");

	private final ExamService exams;

	private final ExamDeadlines deadlines;

	private final ExamView view;

	private final NoticeView notices;

	private final Responder responder;

	ExamClicks(ExamService exams, ExamDeadlines deadlines, ExamView view, NoticeView notices, Responder responder) {
		this.exams = exams;
		this.deadlines = deadlines;
		this.view = view;
		this.notices = notices;
		this.responder = responder;
	}

	@Override
	public void register(App app) {
		app.blockAction(CHOICE, (request, context) -> handle(request, context, (ref, action) -> {
			String letter = action.getActionId().substring(ExamView.CHOICE_PREFIX.length());
			return new ExamClick.Answer(ref.number(), letter);
		}, Screen.QUESTION));
		app.blockAction(ExamView.PICK, (request, context) -> handle(request, context, (ref, action) -> {
			String letters = action.getSelectedOptions() == null ? "" : action.getSelectedOptions()
				.stream()
				.map(BlockActionPayload.Action.SelectedOption::getValue)
				.filter(v -> v != null && v.length() == 1)
				.collect(Collectors.joining());
			return new ExamClick.Answer(ref.number(), letters);
		}, Screen.NONE));
		app.blockAction(GO, (request, context) -> handle(request, context,
				(ref, action) -> new ExamClick.Go(ref.number()), Screen.QUESTION));
		app.blockAction(ExamView.FLAG_ON, (request, context) -> handle(request, context,
				(ref, action) -> new ExamClick.Flag(ref.number(), true), Screen.QUESTION));
		app.blockAction(ExamView.FLAG_OFF, (request, context) -> handle(request, context,
				(ref, action) -> new ExamClick.Flag(ref.number(), false), Screen.QUESTION));
		app.blockAction(ExamView.REVIEW, (request, context) -> handle(request, context,
				(ref, action) -> new ExamClick.Go(ref.number()), Screen.REVIEW));
		app.blockAction(ExamView.SUBMIT, (request, context) -> handle(request, context,
				(ref, action) -> new ExamClick.Go(ref.number()), Screen.SUBMIT));
		app.blockAction(ExamView.SUBMIT_CONFIRMED, (request, context) -> handle(request, context,
				(ref, action) -> new ExamClick.Go(ref.number()), Screen.SUBMIT_CONFIRMED));
	}

	/** What a click shows once it counted. */
	private enum Screen {

		/** Nothing: checkbox ticks stay as the learner made them in Slack. */
		NONE, QUESTION, REVIEW, SUBMIT, SUBMIT_CONFIRMED

	}

	private interface ClickReader {

		ExamClick read(ExamRef ref, BlockActionPayload.Action action);

	}

	private Response handle(BlockActionRequest request, ActionContext context, ClickReader reader, Screen screen) {
		BlockActionPayload payload = request.getPayload();
		if (!Payloads.complete(payload)) {
			return Payloads.BAD_REQUEST;
		}
		BlockActionPayload.Action action = payload.getActions().get(0);
		Optional<ExamRef> ref = ExamRef.parse(screen == Screen.NONE || action.getValue() == null
				? action.getBlockId() : action.getValue());
		if (ref.isEmpty()) {
			this.responder.add(context, this.notices.notice(ExamWording.GONE));
			return context.ack();
		}
		String team = payload.getTeam().getId();
		String user = payload.getUser().getId();
		boolean ephemeral = payload.getContainer() != null && payload.getContainer().isEphemeral();
		try {
			ClickOutcome outcome = this.exams.click(team, user, ref.get().owner(), ref.get().examId(),
					action.getActionTs(), reader.read(ref.get(), action),
					screen == Screen.NONE ? Optional.empty() : ticked(payload, ref.get()));
			Message reply = reply(team, outcome, ref.get(), screen);
			if (reply != null) {
				this.responder.replace(context, ephemeral, reply);
			}
			else {
				notice(outcome).ifPresent(notice -> this.responder.add(context, notice));
			}
		}
		catch (StoreUnavailableException ex) {
			logger.warn("An exam click could not be recorded: {}", ex.getMessage());
			this.responder.add(context, this.notices.notice(Wording.TRY_AGAIN));
		}
		return context.ack();
	}

	/**
	 * The ticks of the message's choose-two question, from the message state Slack sends with every
	 * click, when the message is this exam's.
	 */
	private static Optional<ExamClick.Answer> ticked(BlockActionPayload payload, ExamRef clicked) {
		ViewState state = payload.getState();
		if (state == null || state.getValues() == null) {
			return Optional.empty();
		}
		for (Map.Entry<String, Map<String, ViewState.Value>> block : state.getValues().entrySet()) {
			Optional<ExamRef> ref = block.getKey().startsWith(ExamView.ANSWERS_BLOCK) ? ExamRef.parse(block.getKey())
					: Optional.empty();
			ViewState.Value pick = block.getValue() == null ? null : block.getValue().get(ExamView.PICK);
			if (ref.isPresent() && ref.get().examId().equals(clicked.examId()) && pick != null) {
				String letters = pick.getSelectedOptions() == null ? "" : pick.getSelectedOptions()
					.stream()
					.map(ViewState.SelectedOption::getValue)
					.filter(v -> v != null && v.length() == 1)
					.collect(Collectors.joining());
				return Optional.of(new ExamClick.Answer(ref.get().number(), letters));
			}
		}
		return Optional.empty();
	}

	/** The screen that replaces the exam's message, or null when the reply is a notice beside it. */
	private Message reply(String team, ClickOutcome outcome, ExamRef ref, Screen screen) {
		if (outcome instanceof ClickOutcome.TimeUp timeUp) {
			this.responder.background(() -> this.deadlines.sendResult(team, timeUp.exam().userId(), timeUp.exam().id()));
			return this.notices.notice(ExamWording.TIME_UP);
		}
		if (!(outcome instanceof ClickOutcome.Changed changed) || changed.replay()) {
			return null;
		}
		Exam exam = changed.exam();
		return switch (screen) {
			case NONE -> null;
			case QUESTION -> this.view.question(exam, ref.number(), this.exams.now());
			case REVIEW -> this.view.review(exam, ref.number(), this.exams.now());
			case SUBMIT -> exam.unanswered().isEmpty() ? submit(team, exam) : this.view.confirmSubmit(exam, ref.number());
			case SUBMIT_CONFIRMED -> submit(team, exam);
		};
	}

	private Message submit(String team, Exam exam) {
		this.exams.submit(team, exam.userId(), exam.id(), Exam.BY_LEARNER);
		// The result DM calls Slack: after the acknowledgement. Should it fail, the due index retries it.
		this.responder.background(() -> this.deadlines.sendResult(team, exam.userId(), exam.id()));
		return this.notices.notice(ExamWording.SUBMITTED);
	}

	private Optional<Message> notice(ClickOutcome outcome) {
		if (outcome instanceof ClickOutcome.Changed changed && changed.replay()) {
			return Optional.of(this.notices.notice(ExamWording.REPLAYED));
		}
		if (outcome instanceof ClickOutcome.Over over) {
			return Optional.of(this.notices.notice(ExamWording.OVER,
					new ExamWording.Status(over.exam().status() == Exam.Status.ABANDONED)));
		}
		if (outcome instanceof ClickOutcome.NotYours) {
			return Optional.of(this.notices.notice(ExamWording.NOT_YOURS));
		}
		if (outcome instanceof ClickOutcome.Gone) {
			return Optional.of(this.notices.notice(ExamWording.GONE));
		}
		return Optional.empty();
	}

}
