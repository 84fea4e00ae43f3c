package io.studycoach.slack.quiz;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import io.studycoach.content.QuestionBank;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.UserProfile;
import io.studycoach.quiz.AnswerOutcome;
import io.studycoach.quiz.QuizService;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.FeedbackView;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.QuestionView;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.Wording;
import io.studycoach.slack.channel.LiveCount;
import io.studycoach.slack.web.SlackUsers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Answer clicks: a button per choice, or ticked checkboxes and Submit. The answer is recorded in Redis
 * before the acknowledgement, so an acknowledged answer is never lost, and nothing in between waits
 * on Slack: the learner's time zone comes from the profile cache, or, when nothing is cached, the
 * answer is dated by its study channel's zone or UTC and the profile is fetched after the ack (see
 * docs/learning.md). The feedback replaces the question through the {@code response_url}.
 */
@Component
class AnswerHandler implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(AnswerHandler.class);

	private static final Pattern ANSWER_BUTTON = Pattern.compile("^" + QuestionView.ANSWER_PREFIX + "[A-E]$");

	private final QuizService quiz;

	private final QuestionBank bank;

	private final SlackUsers users;

	private final LiveCount liveCount;

	private final Responder responder;

	private final QuestionView questionView;

	private final Feedbacks feedbacks;

	private final NoticeView notices;

	AnswerHandler(QuizService quiz, QuestionBank bank, SlackUsers users, LiveCount liveCount,
			Responder responder, QuestionView questionView,
			Feedbacks feedbacks, NoticeView notices) {
		this.quiz = quiz;
		this.bank = bank;
		this.users = users;
		this.liveCount = liveCount;
		this.responder = responder;
		this.questionView = questionView;
		this.feedbacks = feedbacks;
		this.notices = notices;
	}

	@Override
	public void register(App app) {
		app.blockAction(ANSWER_BUTTON, (request, context) -> {
			if (!Payloads.complete(request.getPayload())) {
				return Payloads.BAD_REQUEST;
			}
			BlockActionPayload.Action action = request.getPayload().getActions().get(0);
			char letter = action.getActionId().charAt(QuestionView.ANSWER_PREFIX.length());
			return answer(request, context, action.getValue(), Set.of(letter));
		});
		app.blockAction(QuestionView.PICK_ACTION, (request, context) -> context.ack());
		app.blockAction(QuestionView.SUBMIT_ACTION, (request, context) -> Payloads.complete(request.getPayload())
				? answer(request, context, request.getPayload().getActions().get(0).getValue(), ticked(request.getPayload()))
				: Payloads.BAD_REQUEST);
		app.blockAction(FeedbackView.NEXT_ACTION, this::next);
	}

	private Response answer(BlockActionRequest request, ActionContext context, String deliveryId,
			Set<Character> chosen) {
		BlockActionPayload payload = request.getPayload();
		if (!Payloads.complete(payload)) {
			return Payloads.BAD_REQUEST;
		}
		String team = payload.getTeam().getId();
		String user = payload.getUser().getId();
		try {
			// Every read before the ack is asked for here at once and comes back in one round trip.
			CompletableFuture<Optional<UserProfile>> cached = this.users.cachedLater(team, user);
			Supplier<Optional<Integer>> placementStep = this.feedbacks.placementStep(team, user, deliveryId);
			AnswerOutcome outcome = this.quiz.answer(team, user, deliveryId, chosen,
					cached.thenApply(profile -> profile.map(UserProfile::zone)));
			if (outcome instanceof AnswerOutcome.Recorded recorded) {
				// Recording waited for the profile, so it is here.
				if (cached.getNow(Optional.empty()).isEmpty()) {
					// Learn the member's zone after the ack, for their next answers, streak and DMs.
					this.users.fetchLater(team, user);
				}
				// The answer is recorded; its feedback is built after the ack, on the responder's threads.
				Supplier<Message> feedback = () -> this.feedbacks.render(recorded, placementStep);
				if (recorded.delivery().kind() == Delivery.Kind.CHANNEL) {
					// The channel's post stays for everyone; the feedback is the clicker's alone.
					this.responder.later(context, feedback);
					this.liveCount.answered(recorded.delivery());
				}
				else {
					this.responder.replaceLater(context, ephemeral(payload), feedback);
				}
			}
			else if (outcome instanceof AnswerOutcome.UnderReview held) {
				Message feedback = this.feedbacks.underReview(held);
				if (held.delivery().kind() == Delivery.Kind.CHANNEL) {
					this.responder.add(context, feedback);
				}
				else {
					this.responder.replace(context, ephemeral(payload), feedback);
				}
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
		catch (StoreUnavailableException ex) {
			logger.warn("An answer could not be recorded: {}", ex.getMessage());
			this.responder.add(context, this.notices.notice(Wording.TRY_AGAIN));
		}
		return context.ack();
	}

	/** "Next question": picking it may ask Slack for the member's zone, so it happens after the ack. */
	private Response next(BlockActionRequest request, ActionContext context) {
		BlockActionPayload payload = request.getPayload();
		if (!Payloads.complete(payload)) {
			return Payloads.BAD_REQUEST;
		}
		String requested = payload.getActions().get(0).getValue();
		String domain = requested == null ? "" : this.bank.findDomain(requested).map(d -> d.id()).orElse("");
		String team = payload.getTeam().getId();
		String user = payload.getUser().getId();
		String channel = payload.getChannel() == null ? "" : payload.getChannel().getId();
		boolean ephemeral = ephemeral(payload);
		this.responder.background(() -> {
			try {
				QuizService.Asked asked = this.quiz.ask(team, user, channel, domain, this.users.zone(team, user),
						Delivery.Kind.QUIZ);
				Message question = this.questionView.render(asked.question(), asked.delivery().id());
				if (ephemeral) {
					this.responder.replace(context, true, question);
				}
				else {
					this.responder.add(context, question);
				}
			}
			catch (StoreUnavailableException ex) {
				logger.warn("A next question could not be handed out: {}", ex.getMessage());
				this.responder.add(context, this.notices.notice(Wording.TRY_AGAIN));
			}
		});
		return context.ack();
	}

	private static boolean ephemeral(BlockActionPayload payload) {
		return payload.getContainer() != null && payload.getContainer().isEphemeral();
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
