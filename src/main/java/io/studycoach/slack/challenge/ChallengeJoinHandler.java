package io.studycoach.slack.challenge;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import io.studycoach.slack.Payloads;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;

import org.springframework.stereotype.Component;

/** The Join button of a challenge announcement: acknowledged at once, the joining answered privately. */
@Component
class ChallengeJoinHandler implements SlackListener {

	private final ChallengeCommandHandler challengeCommands;

	private final Responder responder;

	ChallengeJoinHandler(ChallengeCommandHandler challengeCommands, Responder responder) {
		this.challengeCommands = challengeCommands;
		this.responder = responder;
	}

	@Override
	public void register(App app) {
		app.blockAction(ChallengeView.JOIN_ACTION, (request, context) -> {
			BlockActionPayload payload = request.getPayload();
			if (!Payloads.complete(payload)) {
				return Payloads.BAD_REQUEST;
			}
			String team = payload.getTeam().getId();
			String user = payload.getUser().getId();
			String challengeId = payload.getActions().get(0).getValue();
			this.responder.later(context, () -> this.challengeCommands.join(team, challengeId, user));
			return context.ack();
		});
	}

}
