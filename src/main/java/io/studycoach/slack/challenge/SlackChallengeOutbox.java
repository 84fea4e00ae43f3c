package io.studycoach.slack.challenge;

import io.studycoach.challenge.Challenge;
import io.studycoach.challenge.ChallengeOutbox;
import io.studycoach.delivery.SendOutcome;
import io.studycoach.progress.Standing;
import io.studycoach.quiz.QuizService;
import io.studycoach.slack.Message;
import io.studycoach.slack.channel.SlackOutbox;
import io.studycoach.slack.web.SlackCalls;

import java.util.List;

import org.springframework.stereotype.Component;

/** Posts challenge announcements and final standings in the channel, and challenge questions by DM. */
@Component
class SlackChallengeOutbox implements ChallengeOutbox {

	private final SlackCalls slack;

	private final ChallengeView view;

	SlackChallengeOutbox(SlackCalls slack, ChallengeView view) {
		this.slack = slack;
		this.view = view;
	}

	@Override
	public SendOutcome announce(String teamId, Challenge challenge, String marker) {
		return SlackOutbox.post(this.slack, teamId, challenge.channelId(), this.view.announcement(challenge), marker);
	}

	@Override
	public SendOutcome postQuestion(String teamId, String userId, Challenge challenge, QuizService.Asked asked,
			int number, String marker) {
		return SlackOutbox.post(this.slack, teamId, userId, this.view.question(challenge, asked, number), marker);
	}

	@Override
	public SendOutcome postFinal(String teamId, Challenge challenge, List<Standing> standings) {
		return post(teamId, challenge.channelId(), this.view.finalStandings(teamId, challenge, standings));
	}

	private SendOutcome post(String teamId, String channel, Message message) {
		return SlackOutbox.post(this.slack, teamId, channel, message);
	}

}
