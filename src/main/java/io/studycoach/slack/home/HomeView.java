package io.studycoach.slack.home;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import io.studycoach.challenge.Challenge;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.Subscription;
import io.studycoach.learning.Readiness;
import io.studycoach.learning.Streak;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.Tally;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.slack.Wording;
import io.studycoach.slack.progress.PredictionView;
import io.studycoach.slack.progress.StatsView;
import io.studycoach.slack.summary.SummaryWording;
import io.studycoach.wording.Prompts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** The App Home dashboard (https://api.slack.com/surfaces/app-home): a dozen blocks, far under the 100 allowed. */
@Component
public final class HomeView {

	public static final String QUIZ_ACTION = "home_quiz";

	public static final String SUBSCRIBE_ACTION = "home_subscribe";

	public static final String UNSUBSCRIBE_ACTION = "home_unsubscribe";

	/** A newcomer's "Start with 6 questions": the placement round, one question per exam-guide section. */
	public static final String PLACEMENT_ACTION = "home_placement";

	private final Prompts prompts;

	private final QuestionBank bank;

	private final StatsView stats;

	private final PredictionView predictions;

	private final ObjectProvider<HomeSection> sections;

	public HomeView(Prompts prompts, QuestionBank bank, StatsView stats, PredictionView predictions,
			ObjectProvider<HomeSection> sections) {
		this.predictions = predictions;
		this.prompts = prompts;
		this.bank = bank;
		this.stats = stats;
		this.sections = sections;
	}

	/** The dashboard, then the blocks the features add ({@link HomeSection}). */
	public View render(Dashboard dashboard, String teamId, String userId) {
		View view = render(dashboard);
		List<LayoutBlock> blocks = new ArrayList<>(view.getBlocks());
		this.sections.orderedStream().forEach(section -> {
			blocks.add(divider());
			blocks.addAll(section.blocks(teamId, userId, dashboard.zone()));
		});
		view.setBlocks(blocks);
		return view;
	}

	public View render(Dashboard dashboard) {
		LearnerProgress progress = dashboard.progress();
		Tally overall = progress.overall();
		long reviewsDue = progress.history().reviews().values().stream().filter(r -> r.dueOn(dashboard.today())).count();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header(h -> h.text(plainText("Your PMLE study dashboard"))));
		// A newcomer's dashboard is all zeros: say first what the coach is and how to begin.
		boolean newcomer = overall.answered() == 0 && !this.bank.blueprint().sections().isEmpty();
		if (newcomer) {
			int questions = this.bank.blueprint().sections().size();
			blocks.add(text(this.prompts.render(OnboardingWording.INTRO, new OnboardingWording.Intro(questions))));
			blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(PLACEMENT_ACTION)
				.text(plainText("Start with " + questions + " questions"))
				.style("primary")
				.value("placement"))))));
			blocks.add(divider());
		}
		blocks.add(text(this.prompts.render(Wording.STATS, Wording.Stats.of(dashboard.streak(), overall, reviewsDue))));
		blocks.add(text(this.prompts.render(SummaryWording.PERSONAL_READINESS, new SummaryWording.Readiness(
				this.bank.domains().stream().map(d -> {
					double readiness = Readiness.of(this.bank.questions(d.id()), progress.history(), dashboard.now(),
							dashboard.today());
					return new SummaryWording.ReadinessRow(d.name(), StatsView.bar(new Tally(100, Math.round(readiness * 100))),
							(int) Math.round(readiness * 100));
				}).toList()))));
		if (!this.bank.blueprint().sections().isEmpty()) {
			blocks.add(text(this.predictions.render(progress, dashboard.prediction(), dashboard.today())));
			blocks.add(text(this.stats.sections(progress)));
		}
		blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(QUIZ_ACTION)
			.text(plainText("Quiz me now"))
			.style(newcomer ? null : "primary")
			.value("quiz"))))));
		blocks.add(divider());
		Optional<Subscription> subscription = dashboard.subscription();
		String time = subscription.map(s -> s.schedule().time().toString()).orElse("09:00");
		blocks.add(text(this.prompts.render(SummaryWording.HOME_SUBSCRIPTION, new SummaryWording.HomeSubscription(
				subscription.isPresent(), subscription.map(s -> s.schedule().days().label()).orElse(""), time,
				dashboard.zone().getId()))));
		blocks.add(actions(a -> a.elements(List.of(subscription.isPresent()
				? button(b -> b.actionId(UNSUBSCRIBE_ACTION).text(plainText("Unsubscribe")).value("unsubscribe"))
				: button(b -> b.actionId(SUBSCRIBE_ACTION).text(plainText("Subscribe")).value("subscribe"))))));
		blocks.add(divider());
		blocks.add(text(this.prompts.render(SummaryWording.HOME_CHALLENGES, new SummaryWording.HomeChallenges(dashboard
			.challenges()
			.stream()
			.map(c -> new SummaryWording.HomeChallenge(c.name(), c.channelId(),
					io.studycoach.wording.Count.of(c.daysLeft(dashboard.now().atZone(c.zone()).toLocalDate()))))
			.toList()))));
		return View.builder().type("home").blocks(blocks).build();
	}

	private static LayoutBlock text(String mrkdwn) {
		return section(s -> s.text(markdownText(mrkdwn)));
	}

	/** Everything the dashboard shows of one member. */
	public record Dashboard(LearnerProgress progress, Streak streak, Optional<Subscription> subscription,
			List<Challenge> challenges, ZoneId zone, Instant now, LocalDate today, LearnerAbilities.Prediction prediction) {
	}

}
