package io.studycoach.slack.quiz;

import io.studycoach.progress.Delivery;
import io.studycoach.quiz.AnswerOutcome;
import io.studycoach.quiz.PlacementRound;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.FeedbackView;
import io.studycoach.slack.Message;
import io.studycoach.slack.home.PlacementView;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The feedback to a recorded answer; to a placement question's, with the round's next step (one
 * Redis read, no Slack call, so it may run before the acknowledgement).
 */
@Component
class Feedbacks {

	private final FeedbackView feedback;

	private final PlacementRound placement;

	private final PlacementView placementView;

	Feedbacks(FeedbackView feedback, PlacementRound placement, PlacementView placementView) {
		this.feedback = feedback;
		this.placement = placement;
		this.placementView = placementView;
	}

	/** The answer's placement step, asked for before the answer is recorded so it shares its round trip. */
	Supplier<Optional<Integer>> placementStep(String team, String user, String deliveryId) {
		return this.placement.stepLater(team, user, deliveryId);
	}

	Message render(AnswerOutcome.Recorded recorded, Supplier<Optional<Integer>> placementStep) {
		Message message = this.feedback.render(recorded.question(), recorded.chosen(), recorded.right(),
				recorded.streak(), recorded.overall());
		if (recorded.delivery().kind() != Delivery.Kind.QUIZ) {
			return message;
		}
		Optional<Integer> step;
		try {
			step = placementStep.get();
		}
		catch (StoreUnavailableException ex) {
			// The answer is recorded; its feedback goes out without the round's next step (Home has it).
			step = Optional.empty();
		}
		return step.map(at -> this.placementView.afterAnswer(message, at, this.placement.size())).orElse(message);
	}

	/** The feedback to an answer to a question under review: it counts nowhere. */
	Message underReview(AnswerOutcome.UnderReview held) {
		return this.feedback.underReview(held.question(), held.chosen());
	}

}
