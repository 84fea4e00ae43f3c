package io.studycoach.slack.quality;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.quality.BankVersion;
import io.studycoach.quality.ProblemReport;
import io.studycoach.quality.ProblemReports;
import io.studycoach.quality.Reason;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.FeedbackView;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.web.SlackCalls;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * "Report a problem": the click is acknowledged at once and views.open runs right after it on the
 * responder's pool, since its trigger_id is good for 3 seconds only and the ack must not wait on
 * Slack (LIMITS.md). The submission is stored in Redis before its acknowledgement, which answers
 * with the thanks in place of the form (response_action update): private, and no Web API call.
 */
@Component
class ReportHandler implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(ReportHandler.class);

	private final QuestionBank bank;

	private final ProblemReports reports;

	private final BankVersion version;

	private final ReportModal modal;

	private final SlackCalls slack;

	private final Responder responder;

	private final Clock clock;

	ReportHandler(QuestionBank bank, ProblemReports reports, BankVersion version, ReportModal modal, SlackCalls slack,
			Responder responder, Clock clock) {
		this.bank = bank;
		this.reports = reports;
		this.version = version;
		this.modal = modal;
		this.slack = slack;
		this.responder = responder;
		this.clock = clock;
	}

	@Override
	public void register(App app) {
		app.blockAction(FeedbackView.REPORT_ACTION, (request, context) -> {
			if (!Payloads.complete(request.getPayload()) || Payloads.blank(request.getPayload().getTriggerId())) {
				return Payloads.BAD_REQUEST;
			}
			Optional<Question> question = this.bank.question(request.getPayload().getActions().get(0).getValue());
			if (question.isEmpty()) {
				return context.ack();
			}
			String team = request.getPayload().getTeam().getId();
			String trigger = request.getPayload().getTriggerId();
			this.responder.background(() -> this.slack.call(team, "views.open",
					client -> client.viewsOpen(r -> r.triggerId(trigger).view(this.modal.form(question.get())))));
			return context.ack();
		});
		app.viewSubmission(ReportModal.CALLBACK, this::submitted);
	}

	private Response submitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
		ViewSubmissionPayload payload = request.getPayload();
		if (payload.getTeam() == null || payload.getUser() == null || payload.getView() == null) {
			return Payloads.BAD_REQUEST;
		}
		String questionId = payload.getView().getPrivateMetadata();
		Optional<Reason> reason = Optional.ofNullable(value(payload, ReportModal.REASON_BLOCK, ReportModal.REASON_ACTION))
			.flatMap(Reason::of);
		if (questionId == null || this.bank.question(questionId).isEmpty()) {
			return context.ack();
		}
		if (reason.isEmpty()) {
			return context.ack(r -> r.responseAction("errors")
				.errors(Map.of(ReportModal.REASON_BLOCK, "Choose what is wrong")));
		}
		String comment = Optional.ofNullable(value(payload, ReportModal.COMMENT_BLOCK, ReportModal.COMMENT_ACTION))
			.orElse("");
		try {
			ProblemReports.Submitted submitted = this.reports.submit(new ProblemReport(payload.getTeam().getId(),
					payload.getUser().getId(), questionId, reason.get(), comment, this.version.version(),
					this.clock.instant()));
			return context.ack(r -> r.responseAction("update").view(this.modal.thanks(submitted.replaced())));
		}
		catch (StoreUnavailableException ex) {
			logger.warn("A problem report could not be stored: {}", ex.getMessage());
			return context.ack(r -> r.responseAction("errors")
				.errors(Map.of(ReportModal.REASON_BLOCK, "We could not save this just now; please try again.")));
		}
	}

	/** A radio button's value or a text input's, from the submitted view's state. */
	private static String value(ViewSubmissionPayload payload, String block, String action) {
		ViewState state = payload.getView().getState();
		if (state == null || state.getValues() == null || state.getValues().get(block) == null) {
			return null;
		}
		ViewState.Value value = state.getValues().get(block).get(action);
		if (value == null) {
			return null;
		}
		return value.getSelectedOption() != null ? value.getSelectedOption().getValue() : value.getValue();
	}

}
