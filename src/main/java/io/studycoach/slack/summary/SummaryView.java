package io.studycoach.slack.summary;

import com.slack.api.model.block.LayoutBlock;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.Readiness;
import io.studycoach.progress.Standing;
import io.studycoach.progress.Tally;
import io.studycoach.slack.FeedbackView;
import io.studycoach.slack.MemberNames;
import io.studycoach.slack.Message;
import io.studycoach.slack.Wording;
import io.studycoach.slack.progress.PredictionView;
import io.studycoach.slack.progress.StatsView;
import io.studycoach.summary.PersonalWeek;
import io.studycoach.summary.WeeklySummary;
import io.studycoach.wording.Prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Weekly summaries and leaderboards as Block Kit. They name the top few and never list every member,
 * so a channel of thousands stays far inside Slack's 50 blocks and text limits.
 */
@Component
public final class SummaryView {

	public static final int BOARD_ROWS = 10;

	private final Prompts prompts;

	private final QuestionBank bank;

	private final PredictionView predictions;

	private final ObjectProvider<SummarySection> sections;

	private final MemberNames names;

	public SummaryView(Prompts prompts, QuestionBank bank, PredictionView predictions,
			ObjectProvider<SummarySection> sections, MemberNames names) {
		this.names = names;
		this.prompts = prompts;
		this.bank = bank;
		this.predictions = predictions;
		this.sections = sections;
	}

	/** The channel's summary, then the blocks the features add ({@link SummarySection}). */
	public Message channelSummary(String teamId, WeeklySummary summary) {
		Message message = summaryBlocks(teamId, summary);
		List<LayoutBlock> blocks = new ArrayList<>(message.blocks());
		this.sections.orderedStream().forEach(section -> blocks.addAll(section.blocks(teamId, summary)));
		return new Message(message.text(), blocks);
	}

	private Message summaryBlocks(String teamId, WeeklySummary summary) {
		List<LayoutBlock> blocks = new ArrayList<>();
		String header = this.prompts.render(SummaryWording.HEADER, new SummaryWording.Header(summary.monday().toString()));
		blocks.add(section(s -> s.text(markdownText(header))));
		if (summary.thisWeek().answers() == 0) {
			blocks.add(text(this.prompts.render(SummaryWording.QUIET, new Wording.None())));
			return new Message(header, blocks);
		}
		blocks.add(text(this.prompts.render(SummaryWording.PARTICIPATION, new SummaryWording.Participation(
				io.studycoach.wording.Count.of(summary.thisWeek().members()), io.studycoach.wording.Count.of(summary.thisWeek().answers()),
				io.studycoach.wording.Count.of(summary.lastWeek().members()), io.studycoach.wording.Count.of(summary.lastWeek().answers())))));
		summary.examDates().ifPresent(dates -> blocks.add(text(this.prompts.render(SummaryWording.EXAM_DATES,
				new SummaryWording.ExamDates(dates.members(), dates.predictedToPass())))));
		blocks.add(text(this.prompts.render(SummaryWording.DOMAINS, areaRows(summary.domains()))));
		if (!summary.sections().isEmpty()) {
			blocks.add(text(this.prompts.render(SummaryWording.SECTIONS, areaRows(summary.sections()))));
		}
		blocks.add(divider());
		blocks.add(text(this.prompts.render(SummaryWording.TOP,
				new SummaryWording.Top(io.studycoach.wording.Count.of(summary.top().size()), rows(teamId, summary.top())))));
		if (!summary.streaks().isEmpty()) {
			blocks.add(text(this.prompts.render(SummaryWording.STREAKS, new SummaryWording.Streaks(summary.streaks()
				.stream()
				.map(s -> new SummaryWording.StreakRow(this.names.of(teamId, s.userId()),
						io.studycoach.wording.Count.of(s.days())))
				.toList()))));
		}
		summary.mostMissed().ifPresent(missed -> {
			Question q = missed.question();
			String answerText = q.answer().stream().sorted().map(l -> q.choices().get(l - 'A')).collect(Collectors.joining("; "));
			blocks.add(divider());
			blocks.add(text(this.prompts.render(SummaryWording.MISSED, new SummaryWording.Missed(missed.wrong(),
					q.question(), q.answerLetters(), answerText, q.explanation()))));
		});
		summary.focus().ifPresent(focus -> blocks.add(text(this.prompts.render(SummaryWording.FOCUS,
				new SummaryWording.Focus(this.bank.areaName(focus))))));
		return new Message(header, blocks);
	}

	private static SummaryWording.Domains areaRows(List<WeeklySummary.DomainWeek> areas) {
		return new SummaryWording.Domains(areas.stream()
			.map(d -> new SummaryWording.DomainRow(d.name(), StatsView.bar(d.thisWeek()), d.thisWeek().answered(),
					d.thisWeek().percent(), d.change().map(c -> (c >= 0 ? "+" : "") + c + " pts").orElse("")))
			.toList());
	}

	/**
	 * A channel's board for {@code caller}: the top of {@code shown} (the public board) by points only,
	 * and the caller's own place and accuracy, which only they see.
	 */
	public Message leaderboard(String teamId, String period, List<Standing> standings, List<Standing> shown,
			String caller) {
		if (standings.isEmpty()) {
			return new Message(period, List.of(text(this.prompts.render(SummaryWording.LEADERBOARD_EMPTY,
					new SummaryWording.Period(period)))));
		}
		List<Standing> top = shown.stream().limit(BOARD_ROWS).toList();
		List<SummaryWording.You> you = standings.stream()
			.filter(s -> s.userId().equals(caller))
			.map(s -> new SummaryWording.You(s.rank(), standings.size(), s.points(), s.percent()))
			.toList();
		String text = this.prompts.render(SummaryWording.LEADERBOARD,
				new SummaryWording.Leaderboard(period, rows(teamId, top), you));
		return new Message("Leaderboard: " + period, List.of(text(text)));
	}

	public Message personalWeek(PersonalWeek week) {
		List<LayoutBlock> blocks = new ArrayList<>();
		String intro = this.prompts.render(SummaryWording.PERSONAL_WEEK, new SummaryWording.PersonalWeek(
				week.monday().toString(), io.studycoach.wording.Count.of(week.week().answered()), week.week().percent(),
				io.studycoach.wording.Count.of(week.streak())));
		blocks.add(text(intro));
		if (!this.bank.blueprint().sections().isEmpty()) {
			blocks.add(text(this.predictions.render(week.learner(), week.prediction(), week.today())));
		}
		blocks.add(text(this.prompts.render(SummaryWording.PERSONAL_READINESS, new SummaryWording.Readiness(
				this.bank.domains().stream().map(d -> {
					double readiness = week.readiness().getOrDefault(d.id(), 0.0);
					return new SummaryWording.ReadinessRow(d.name(),
							StatsView.bar(new Tally(100, Math.round(readiness * 100))), (int) Math.round(readiness * 100));
				}).toList()))));
		blocks.add(text(this.prompts.render(SummaryWording.PERSONAL_FOCUS, week.weakest()
			.map(id -> new SummaryWording.PersonalFocus(this.bank.domain(id).name(), id))
			.orElse(new SummaryWording.PersonalFocus("", "")))));
		String domain = week.weakest().orElse("");
		blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(FeedbackView.NEXT_ACTION)
			.text(plainText("Quiz me now"))
			.style("primary")
			.value(domain))))));
		return new Message(intro, blocks);
	}

	private List<SummaryWording.Row> rows(String teamId, List<Standing> standings) {
		return standings.stream()
			.map(s -> new SummaryWording.Row(s.rank(), this.names.of(teamId, s.userId()), s.points(),
					s.answered(), s.right(), s.percent()))
			.toList();
	}

	private static LayoutBlock text(String mrkdwn) {
		return section(s -> s.text(markdownText(mrkdwn)));
	}

}
