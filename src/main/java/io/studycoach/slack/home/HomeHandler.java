package io.studycoach.slack.home;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import io.studycoach.progress.Delivery;
import io.studycoach.quiz.QuizService;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.QuestionView;
import io.studycoach.slack.Responder;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.channel.SlackOutbox;
import io.studycoach.slack.subscription.SubscriptionCommandHandler;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.slack.web.SlackUnavailableException;
import io.studycoach.slack.web.SlackUsers;

import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The App Home: on {@code app_home_opened} it publishes the member's dashboard with views.publish;
 * its buttons subscribe, unsubscribe, or send a question by DM (a Home tab has no response_url).
 */
@Component
class HomeHandler implements SlackListener {

	private static final Logger logger = LoggerFactory.getLogger(HomeHandler.class);

	private final QuizService quiz;

	private final Dashboards dashboards;

	private final SubscriptionCommandHandler subscriptionCommands;

	private final SlackUsers users;

	private final SlackCalls slack;

	private final HomeView view;

	private final QuestionView questions;

	private final Responder responder;

	HomeHandler(QuizService quiz, Dashboards dashboards, SubscriptionCommandHandler subscriptionCommands,
			SlackUsers users, SlackCalls slack, HomeView view, QuestionView questions, Responder responder) {
		this.dashboards = dashboards;
		this.responder = responder;
		this.quiz = quiz;
		this.subscriptionCommands = subscriptionCommands;
		this.users = users;
		this.slack = slack;
		this.view = view;
		this.questions = questions;
	}

	@Override
	public void register(App app) {
		app.event(AppHomeOpenedEvent.class, (payload, context) -> {
			if ("home".equals(payload.getEvent().getTab())) {
				this.responder.background(() -> publish(payload.getTeamId(), payload.getEvent().getUser()));
			}
			return context.ack();
		});
		app.blockAction(HomeView.QUIZ_ACTION, (request, context) -> {
			String team = request.getPayload().getTeam().getId();
			String user = request.getPayload().getUser().getId();
			this.responder.background(() -> quizMeNow(team, user));
			return context.ack();
		});
		app.blockAction(HomeView.SUBSCRIBE_ACTION, (request, context) -> {
			String team = request.getPayload().getTeam().getId();
			String user = request.getPayload().getUser().getId();
			this.responder.background(() -> {
				this.subscriptionCommands.subscribe(team, user, Optional.empty(), Optional.empty());
				publish(team, user);
			});
			return context.ack();
		});
		app.blockAction(HomeView.UNSUBSCRIBE_ACTION, (request, context) -> {
			String team = request.getPayload().getTeam().getId();
			String user = request.getPayload().getUser().getId();
			this.responder.background(() -> {
				this.subscriptionCommands.unsubscribe(team, user);
				publish(team, user);
			});
			return context.ack();
		});
	}

	void publish(String team, String user) {
		try {
			ZoneId zone = this.users.zone(team, user);
			HomeView.Dashboard dashboard = this.dashboards.of(team, user, zone);
			this.slack.call(team, "views.publish",
					c -> c.viewsPublish(r -> r.userId(user).view(this.view.render(dashboard, team, user))));
		}
		catch (StoreUnavailableException | SlackUnavailableException ex) {
			logger.warn("Could not publish a Home tab: {}", ex.getMessage());
		}
	}

	private void quizMeNow(String team, String user) {
		try {
			QuizService.Asked asked = this.quiz.ask(team, user, user, "", this.users.zone(team, user), Delivery.Kind.QUIZ);
			SlackOutbox.post(this.slack, team, user, this.questions.render(asked.question(), asked.delivery().id()));
		}
		catch (StoreUnavailableException ex) {
			logger.warn("Quiz me now failed: {}", ex.getMessage());
		}
	}

}
