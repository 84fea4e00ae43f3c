package io.studycoach.slack.quality;

import com.slack.api.model.block.LayoutBlock;
import io.studycoach.quality.ProblemReport;
import io.studycoach.quality.ProblemReports;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.home.HomeSection;
import io.studycoach.slack.web.SlackUsers;
import io.studycoach.wording.Prompts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * Workspace admins see their workspace's open problem reports in the Home tab (at most
 * {@link #SHOWN}, so the tab stays within Slack's limits); nobody else sees any.
 */
@Component
class OpenReportsHome implements HomeSection {

	static final int SHOWN = 10;

	/** Comments are cut here in the list; the tab's section text stays well under 3,000 characters. */
	static final int COMMENT_CHARS = 160;

	private static final Logger logger = LoggerFactory.getLogger(OpenReportsHome.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final ProblemReports reports;

	private final SlackUsers users;

	private final Prompts prompts;

	OpenReportsHome(ProblemReports reports, SlackUsers users, Prompts prompts) {
		this.reports = reports;
		this.users = users;
		this.prompts = prompts;
	}

	@Override
	public List<LayoutBlock> blocks(String teamId, String userId, ZoneId zone) {
		try {
			if (!this.users.profile(teamId, userId).admin()) {
				return List.of();
			}
			List<ProblemReport> open = this.reports.open(teamId, SHOWN + 1);
			List<QualityWording.ReportLine> lines = open.stream()
				.limit(SHOWN)
				.map(r -> new QualityWording.ReportLine(r.questionId(), ReportModal.LABELS.get(r.reason()),
						DATE.format(r.at().atZone(zone)), shorten(r.comment())))
				.toList();
			String text = this.prompts.render(QualityWording.HOME,
					new QualityWording.HomeReports(lines, open.size() > SHOWN));
			return List.of(divider(), section(s -> s.text(markdownText(text))));
		}
		catch (StoreUnavailableException ex) {
			logger.warn("The Home tab's problem reports could not be read: {}", ex.getMessage());
			return List.of();
		}
	}

	private static String shorten(String comment) {
		String oneLine = comment.replaceAll("\\s+", " ");
		return oneLine.length() > COMMENT_CHARS ? oneLine.substring(0, COMMENT_CHARS - 1) + "…" : oneLine;
	}

}
