package io.studycoach.quality;

import java.time.Instant;

/**
 * One learner's report on one question. It stays in the learner's workspace; only its reason is
 * counted deployment-wide.
 *
 * @param comment what the learner wrote, at most {@link #MAX_COMMENT} characters, unescaped: escape it
 * wherever it is shown
 * @param bankVersion the bank the learner saw ({@link BankVersion})
 */
public record ProblemReport(String teamId, String userId, String questionId, Reason reason, String comment,
		String bankVersion, Instant at) {

	public static final int MAX_COMMENT = 500;

	public ProblemReport {
		comment = comment == null ? "" : comment.strip();
		if (comment.length() > MAX_COMMENT) {
			comment = comment.substring(0, MAX_COMMENT);
		}
	}

	String encode() {
		return this.reason.code() + "|" + this.at.getEpochSecond() + "|" + this.bankVersion + "|" + this.comment;
	}

	static ProblemReport decode(String teamId, String userId, String questionId, String stored) {
		String[] parts = stored.split("\\|", 4);
		return new ProblemReport(teamId, userId, questionId, Reason.of(parts[0]).orElse(Reason.UNCLEAR),
				parts.length > 3 ? parts[3] : "", parts.length > 2 ? parts[2] : "",
				Instant.ofEpochSecond(Long.parseLong(parts[1])));
	}

}
