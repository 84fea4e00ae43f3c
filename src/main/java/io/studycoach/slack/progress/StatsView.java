package io.studycoach.slack.progress;

import com.slack.api.model.block.LayoutBlock;
import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.learning.Readiness;
import io.studycoach.learning.Streak;
import io.studycoach.learning.StudyPlan;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.Tally;
import io.studycoach.slack.Message;
import io.studycoach.slack.Wording;
import io.studycoach.wording.Prompts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * {@code /quiz stats}: streaks, totals, reviews due, accuracy and readiness per domain (text bars),
 * and the weakest domain.
 */
@Component
public final class StatsView {

	private static final int BAR_WIDTH = 10;

	private final Prompts prompts;

	private final QuestionBank bank;

	public StatsView(Prompts prompts, QuestionBank bank) {
		this.prompts = prompts;
		this.bank = bank;
	}

	public Message render(LearnerProgress progress, Streak streak, Instant now, LocalDate today, String prediction) {
		Tally overall = progress.overall();
		long reviewsDue = progress.history().reviews().values().stream().filter(r -> r.dueOn(today)).count();
		String summary = this.prompts.render(Wording.STATS, Wording.Stats.of(streak, overall, reviewsDue));
		List<Domain> domains = this.bank.domains();
		List<Wording.DomainLine> lines = domains.stream().map(d -> {
			Tally tally = progress.domain(d.id());
			int readiness = (int) Math.round(100 * Readiness.of(this.bank.questions(d.id()), progress.history(), now, today));
			return new Wording.DomainLine(d.id(), d.name(), bar(tally), tally.answered(), tally.right(), tally.percent(),
					readiness, d == domains.get(domains.size() - 1));
		}).toList();
		String byDomain = this.prompts.render(Wording.STATS_DOMAINS, new Wording.StatsDomains(lines));
		String weakest = progress.weakestDomain()
			.map(id -> new Wording.Weakest(this.bank.domain(id).name(), id))
			.map(w -> this.prompts.render(Wording.STATS_WEAKEST, w))
			.orElseGet(() -> this.prompts.render(Wording.STATS_WEAKEST, new Wording.Weakest("", "")));
		List<LayoutBlock> blocks = new ArrayList<>(List.of(section(s -> s.text(markdownText(summary)))));
		if (!prediction.isEmpty()) {
			blocks.add(section(s -> s.text(markdownText(prediction))));
		}
		blocks.add(section(s -> s.text(markdownText(byDomain))));
		if (!this.bank.blueprint().sections().isEmpty()) {
			String bySection = sections(progress);
			blocks.add(section(s -> s.text(markdownText(bySection))));
		}
		blocks.add(section(s -> s.text(markdownText(weakest))));
		return new Message(summary, blocks);
	}

	/** The learner's accuracy by exam-guide section, and the plan their daily questions follow. */
	public String sections(LearnerProgress progress) {
		List<Wording.SectionLine> lines = this.bank.blueprint().sections().stream().map(section -> {
			Tally tally = progress.section(StudyArea.sectionArea(section.id()));
			return new Wording.SectionLine(section.name(), bar(tally), tally.answered(), tally.right(), tally.percent());
		}).toList();
		StudyPlan other = progress.plan() == StudyPlan.EXAM ? StudyPlan.DATA_ENGINEER : StudyPlan.EXAM;
		String plan = progress.plan() == StudyPlan.EXAM ? "exam guide's" : "data engineer's";
		return this.prompts.render(Wording.STATS_SECTIONS, new Wording.StatsSections(lines, plan, other.word()));
	}

	public static String bar(Tally tally) {
		int filled = tally.answered() == 0 ? 0 : (int) Math.round(tally.accuracy() * BAR_WIDTH);
		return "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
	}

}
