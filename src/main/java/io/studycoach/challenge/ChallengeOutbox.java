package io.studycoach.challenge;

import io.studycoach.delivery.SendOutcome;
import io.studycoach.progress.Standing;
import io.studycoach.quiz.QuizService;

import java.util.List;

/** How challenges reach Slack; the Slack side implements it. */
public interface ChallengeOutbox {

	SendOutcome announce(String teamId, Challenge challenge, String marker);

	SendOutcome postQuestion(String teamId, String userId, Challenge challenge, QuizService.Asked asked, int number,
			String marker);

	SendOutcome postFinal(String teamId, Challenge challenge, List<Standing> standings);

}
