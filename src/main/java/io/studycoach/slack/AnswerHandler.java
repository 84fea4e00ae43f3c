package io.studycoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import io.lettuce.core.RedisException;
import io.studycoach.content.QuestionBank;
import io.studycoach.progress.ProgressUnavailableException;
import io.studycoach.quiz.AnswerOutcome;
import io.studycoach.quiz.QuizService;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Answer clicks: a button per choice, or ticked checkboxes and Submit. The answer is recorded before
 * the acknowledgement, then the feedback replaces the question through the {@code response_url}.
 */
@Component
class AnswerHandler implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(AnswerHandler.class);

	private static final Pattern ANSWER_BUTTON = Pattern.compile("^" + QuestionView.ANSWER_PREFIX + "[A-E]$");

	private final QuizService quiz;

	private final QuestionBank bank;

	private final SlackZones zones;

	private final Responder responder;

	private final QuestionView questionView;

	private final FeedbackView feedbackView;

	private final NoticeView notices;

	AnswerHandler(QuizService quiz, QuestionBank bank, SlackZones zones, Responder responder,
			QuestionView questionView, FeedbackView feedbackView, NoticeView notices) {
		this.quiz = quiz;
		this.bank = bank;
		this.zones = zones;
		this.responder = responder;
		this.questionView = questionView;
		this.feedbackView = feedbackView;
		this.notices = notices;
	}

	@Override
	public void register(App app) {
		app.blockAction(ANSWER_BUTTON, (request, context) -> {
			BlockActionPayload.Action action = request.getPayload().getActions().get(0);
			char letter = action.getActionId().charAt(QuestionView.ANSWER_PREFIX.length());
			return answer(request, context, action.getValue(), Set.of(letter));
		});
		app.blockAction(QuestionView.PICK_ACTION, (request, context) -> context.ack());
		app.blockAction(QuestionView.SUBMIT_ACTION, (request, context) -> answer(request, context,
				request.getPayload().getActions().get(0).getValue(), ticked(request.getPayload())));
		app.blockAction(FeedbackView.NEXT_ACTION, this::next);
	}

	private Response answer(BlockActionRequest request, ActionContext context, String deliveryId,
			Set<Character> chosen) {
		BlockActionPayload payload = request.getPayload();
		String team = payload.getTeam().getId();
		String user = payload.getUser().getId();
		try {
			ZoneId zone = this.zones.zone(context.client(), team, user);
			AnswerOutcome outcome = this.quiz.answer(team, user, deliveryId, chosen, zone);
			if (outcome instanceof AnswerOutcome.Recorded recorded) {
				this.responder.replace(context, this.feedbackView.render(recorded.question(), recorded.chosen(),
						recorded.right(), recorded.streak(), recorded.overall()));
			}
			else if (outcome instanceof AnswerOutcome.AlreadyAnswered) {
				this.responder.add(context, this.notices.notice(Wording.ALREADY_ANSWERED));
			}
			else if (outcome instanceof AnswerOutcome.NotYours) {
				this.responder.add(context, this.notices.notice(Wording.NOT_YOURS));
			}
			else if (outcome instanceof AnswerOutcome.Invalid invalid) {
				this.responder.add(context,
						this.notices.notice(Wording.CHOOSE_FIRST, new Wording.PickCount(invalid.expected())));
			}
			else {
				this.responder.add(context, this.notices.notice(Wording.QUESTION_EXPIRED));
			}
		}
		catch (RedisException | ProgressUnavailableException ex) {
			logger.warn("An answer could not be recorded: {}", ex.getMessage());
			this.responder.add(context, this.notices.notice(Wording.TRY_AGAIN));
		}
		return context.ack();
	}

	private Response next(BlockActionRequest request, ActionContext context) {
		BlockActionPayload payload = request.getPayload();
		String requested = payload.getActions().get(0).getValue();
		String domain = requested == null ? "" : this.bank.findDomain(requested).map(d -> d.id()).orElse("");
		try {
			QuizService.Asked asked = this.quiz.ask(payload.getTeam().getId(), payload.getUser().getId(),
					payload.getChannel() == null ? "" : payload.getChannel().getId(), domain);
			this.responder.replace(context, this.questionView.render(asked.question(), asked.delivery().id()));
		}
		catch (RedisException | ProgressUnavailableException ex) {
			logger.warn("A next question could not be handed out: {}", ex.getMessage());
			this.responder.add(context, this.notices.notice(Wording.TRY_AGAIN));
		}
		return context.ack();
	}

	/** The letters ticked in the question's checkboxes, from the message state Slack sends along. */
	private static Set<Character> ticked(BlockActionPayload payload) {
		Set<Character> letters = new HashSet<>();
		ViewState state = payload.getState();
		if (state == null || state.getValues() == null) {
			return letters;
		}
		Map<String, ViewState.Value> block = state.getValues().get(QuestionView.ANSWERS_BLOCK);
		ViewState.Value pick = block == null ? null : block.get(QuestionView.PICK_ACTION);
		List<ViewState.SelectedOption> options = pick == null || pick.getSelectedOptions() == null ? List.of()
				: pick.getSelectedOptions();
		for (ViewState.SelectedOption option : options) {
			String value = option.getValue();
			if (value != null && value.length() == 1) {
				letters.add(value.charAt(0));
			}
		}
		return letters;
	}

}
