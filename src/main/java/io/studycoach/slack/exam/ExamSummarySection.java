package io.studycoach.slack.exam;

import com.slack.api.model.block.LayoutBlock;
import io.studycoach.exam.ChannelExams;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.summary.SummarySection;
import io.studycoach.summary.WeeklySummary;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * The weekly summary's line on practice exams: how many of the week's members took one, how many,
 * and the median score; only when at least three did, and never naming anyone.
 */
@Component
class ExamSummarySection implements SummarySection {

	private static final Logger logger = LoggerFactory.getLogger(ExamSummarySection.class);

	private final ChannelExams exams;

	private final ExamView view;

	ExamSummarySection(ChannelExams exams, ExamView view) {
		this.exams = exams;
		this.view = view;
	}

	@Override
	public List<LayoutBlock> blocks(String teamId, WeeklySummary summary) {
		try {
			return this.exams.week(teamId, summary.channelId(), summary.monday())
				.<List<LayoutBlock>>map(week -> {
					String text = this.view.render(ExamWording.SUMMARY,
							new ExamWording.ChannelWeek(io.studycoach.wording.Count.of(week.members()), io.studycoach.wording.Count.of(week.exams()),
									week.medianPercent()));
					return List.of(section(s -> s.text(markdownText(text))));
				})
				.orElse(List.of());
		}
		catch (StoreUnavailableException ex) {
			// The summary goes out without its exam line rather than not at all.
			logger.warn("The weekly summary's exam line could not be read: {}", ex.getMessage());
			return List.of();
		}
	}

}
