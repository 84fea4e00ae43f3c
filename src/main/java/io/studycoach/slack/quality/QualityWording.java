package io.studycoach.slack.quality;

import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of problem reports, with the records that fill them. */
public final class QualityWording {

	public record ModalIntro(String stem) {
	}

	public record Thanks(boolean replaced) {
	}

	/** @param comment as the learner wrote it; the template escapes it */
	public record ReportLine(String questionId, String reason, String date, String comment) {
	}

	public record HomeReports(List<ReportLine> reports, boolean more) {
	}

	public static final Prompt<ModalIntro> MODAL_INTRO = new Prompt<>("report-modal-intro", ModalIntro.class);

	public static final Prompt<Thanks> THANKS = new Prompt<>("report-thanks", Thanks.class);

	public static final Prompt<HomeReports> HOME = new Prompt<>("home-reports", HomeReports.class);

	public static final List<Prompt<?>> ALL = List.of(MODAL_INTRO, THANKS, HOME);

	private QualityWording() {
	}

}
