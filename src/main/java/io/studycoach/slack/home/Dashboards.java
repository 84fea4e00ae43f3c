package io.studycoach.slack.home;

import io.studycoach.challenge.ChallengeService;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.quiz.QuizService;
import io.studycoach.readiness.LearnerAbilities;

import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Gathers what one member's Home tab shows, from the stores that keep it. */
@Component
class Dashboards {

	private final QuizService quiz;

	private final SubscriptionStore subscriptions;

	private final ChallengeService challenges;

	private final LearnerAbilities abilities;

	private final ChannelStore channels;

	Dashboards(QuizService quiz, SubscriptionStore subscriptions, ChallengeService challenges,
			LearnerAbilities abilities, ChannelStore channels) {
		this.channels = channels;
		this.quiz = quiz;
		this.subscriptions = subscriptions;
		this.challenges = challenges;
		this.abilities = abilities;
	}

	HomeView.Dashboard of(String team, String user, ZoneId zone) {
		LearnerProgress progress = this.quiz.progress(team, user);
		return new HomeView.Dashboard(progress, this.quiz.streak(team, user, progress, zone), this.subscriptions.find(team, user),
				this.challenges.onHome(team, user, this.channels.channels(team)), zone, this.quiz.now(), this.quiz.today(zone),
				this.abilities.predict(team, user));
	}

}
