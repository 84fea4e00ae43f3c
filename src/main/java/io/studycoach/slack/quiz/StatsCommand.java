package io.studycoach.slack.quiz;

import io.studycoach.progress.LearnerProgress;
import io.studycoach.quiz.QuizService;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.progress.PredictionView;
import io.studycoach.slack.progress.StatsView;
import io.studycoach.slack.web.SlackUsers;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** {@code /quiz stats}: the caller's own progress, shown only to them. */
@Component
class StatsCommand implements Subcommand {

	private final QuizService quiz;

	private final SlackUsers users;

	private final StatsView statsView;

	private final LearnerAbilities abilities;

	private final PredictionView predictions;

	StatsCommand(QuizService quiz, SlackUsers users, StatsView statsView, LearnerAbilities abilities,
			PredictionView predictions) {
		this.abilities = abilities;
		this.predictions = predictions;
		this.quiz = quiz;
		this.users = users;
		this.statsView = statsView;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("stats");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return call.args().stream().findFirst().map(word -> new Refusal(Refusal.Problem.EXTRA_WORD, word, RefusalWording.STATS));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		if (!call.args().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(() -> {
			LearnerProgress progress = this.quiz.progress(call.team(), call.user());
			ZoneId zone = this.users.zoneWithoutWaiting(call.team(), call.user());
			String prediction = this.predictions.render(progress, this.abilities.predict(call.team(), call.user()),
					this.quiz.today(zone));
			return this.statsView.render(progress, this.quiz.streak(call.team(), call.user(), progress, zone), this.quiz.now(), this.quiz.today(zone),
					prediction);
		});
	}

}
