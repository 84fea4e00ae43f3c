package io.studycoach.quality;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The item analysis as a Markdown report: a summary, then one table row per question. */
public final class QuestionReportMarkdown {

	private QuestionReportMarkdown() {
	}

	public static String render(QuestionAnalysis.Report report) {
		StringBuilder out = new StringBuilder("# Question quality\n\n");
		long flagged = report.questions().stream().filter(q -> !q.ok()).count();
		long held = report.questions().stream().filter(q -> !q.quarantined().isEmpty()).count();
		out.append("Analysed ").append(report.at()).append(", bank version `").append(report.bankVersion())
			.append("`: ").append(report.questions().size()).append(" questions, ").append(flagged)
			.append(" with a verdict, ").append(held).append(" quarantined (report threshold ")
			.append(report.reportThreshold()).append("). Rules: docs/question-quality.md.\n\n");
		out.append("| question | domain | answers | right | discrimination | choices | reports | verdicts | quarantined |\n");
		out.append("| --- | --- | ---: | ---: | ---: | --- | --- | --- | --- |\n");
		for (ItemFigures q : report.questions()) {
			out.append("| `").append(q.questionId()).append("` | ").append(q.domain()).append(" | ").append(q.answers())
				.append(" | ").append(q.shareRight() == null ? "–" : percent(q.shareRight())).append(" | ")
				.append(q.discrimination() == null ? "–" : String.format(Locale.ROOT, "%.2f", q.discrimination()))
				.append(" | ").append(shares(q.choiceShares())).append(" | ").append(counts(q.reports())).append(" | ")
				.append(q.verdicts().isEmpty() ? "ok"
						: q.verdicts().stream().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', ' '))
							.collect(Collectors.joining(", ")))
				.append(" | ").append(q.quarantined().isEmpty() ? "" : q.quarantined()).append(" |\n");
		}
		return out.toString();
	}

	private static String percent(double share) {
		return Math.round(share * 100) + "%";
	}

	private static String shares(Map<String, Double> shares) {
		return shares.entrySet().stream().map(e -> e.getKey() + " " + percent(e.getValue()))
			.collect(Collectors.joining(", "));
	}

	private static String counts(Map<String, Long> counts) {
		String text = counts.entrySet().stream().filter(e -> e.getValue() > 0)
			.map(e -> e.getKey().replace('_', ' ') + " " + e.getValue()).collect(Collectors.joining(", "));
		return text.isEmpty() ? "–" : text;
	}

}
