package io.studycoach.slack.home;

import com.slack.api.bolt.App;
import io.studycoach.quiz.PlacementRound;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.channel.SlackOutbox;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.slack.web.SlackUnavailableException;
import io.studycoach.slack.web.SlackUsers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The placement round's clicks: "Start with 6 questions" on a newcomer's Home tab, and the feedback's
 * button to the next section. Each is acknowledged at once; the question goes to the member's DM
 * with the coach afterwards (picking it may ask Slack for the member's time zone).
 */
@Component
class PlacementHandler implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(PlacementHandler.class);

	private final PlacementRound round;

	private final PlacementView view;

	private final SlackUsers users;

	private final SlackCalls slack;

	private final Responder responder;

	PlacementHandler(PlacementRound round, PlacementView view, SlackUsers users, SlackCalls slack,
			Responder responder) {
		this.round = round;
		this.view = view;
		this.users = users;
		this.slack = slack;
		this.responder = responder;
	}

	@Override
	public void register(App app) {
		app.blockAction(HomeView.PLACEMENT_ACTION, (request, context) -> {
			String team = request.getPayload().getTeam().getId();
			String user = request.getPayload().getUser().getId();
			this.responder.background(() -> send(team, user, 0));
			return context.ack();
		});
		app.blockAction(PlacementView.NEXT_ACTION, (request, context) -> {
			String team = request.getPayload().getTeam().getId();
			String user = request.getPayload().getUser().getId();
			int step = step(request.getPayload().getActions().get(0).getValue());
			if (step > 0) {
				this.responder.background(() -> send(team, user, step));
			}
			return context.ack();
		});
	}

	/** The step a click asks for, or -1 when it is no step of the round (the click's value is the client's). */
	private int step(String value) {
		try {
			int step = Integer.parseInt(value == null ? "" : value.trim());
			return step > 0 && step < this.round.size() ? step : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private void send(String team, String user, int step) {
		try {
			PlacementRound.Step asked = this.round.ask(team, user, step, this.users.zone(team, user));
			SlackOutbox.post(this.slack, team, user, this.view.question(asked));
		}
		catch (StoreUnavailableException | SlackUnavailableException ex) {
			logger.warn("A placement question could not be sent: {}", ex.getMessage());
		}
	}

}
