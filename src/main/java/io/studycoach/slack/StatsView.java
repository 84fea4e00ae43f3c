package io.studycoach.slack;

import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.Streak;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.Tally;
import io.studycoach.wording.Prompts;

import java.util.List;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/** {@code /quiz stats}: streaks, totals, accuracy per domain as text bars, and the weakest domain. */
final class StatsView {

	private static final int BAR_WIDTH = 10;

	private final Prompts prompts;

	private final QuestionBank bank;

	StatsView(Prompts prompts, QuestionBank bank) {
		this.prompts = prompts;
		this.bank = bank;
	}

	Message render(LearnerProgress progress, Streak streak) {
		Tally overall = progress.overall();
		String summary = this.prompts.render(Wording.STATS, new Wording.Stats(streak.current(), streak.longest(),
				overall.answered(), overall.right(), overall.percent()));
		List<Domain> domains = this.bank.domains();
		List<Wording.DomainLine> lines = domains.stream().map(d -> {
			Tally tally = progress.domain(d.id());
			return new Wording.DomainLine(d.id(), d.name(), bar(tally), tally.answered(), tally.right(), tally.percent(),
					d == domains.get(domains.size() - 1));
		}).toList();
		String byDomain = this.prompts.render(Wording.STATS_DOMAINS, new Wording.StatsDomains(lines));
		String weakest = progress.weakestDomain()
			.map(id -> new Wording.Weakest(this.bank.domain(id).name(), id))
			.map(w -> this.prompts.render(Wording.STATS_WEAKEST, w))
			.orElseGet(() -> this.prompts.render(Wording.STATS_WEAKEST, new Wording.Weakest("", "")));
		return new Message(summary, List.of(section(s -> s.text(markdownText(summary))),
				section(s -> s.text(markdownText(byDomain))), section(s -> s.text(markdownText(weakest)))));
	}

	static String bar(Tally tally) {
		int filled = tally.answered() == 0 ? 0 : (int) Math.round(tally.accuracy() * BAR_WIDTH);
		return "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
	}

}
