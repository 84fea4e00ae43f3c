package io.studycoach.quality;

import java.util.Map;
import java.util.Set;

/**
 * One question's figures from first attempts across the deployment, and its verdicts.
 *
 * @param shareRight the share of first attempts that were right (classical difficulty), or null with none
 * @param discrimination point-biserial correlation of right (1/0) with the answerer's ability
 * estimate, or null when it cannot be computed (fewer than two answers, or all right or all wrong)
 * @param choiceShares letter to the share of first attempts that picked it
 * @param reports reason code to reports ever made (open and closed)
 * @param openReports reason code to reports since the question was last cleared
 * @param quarantined why it is quarantined ({@code reports} or {@code statistics}), or empty
 */
public record ItemFigures(String questionId, String domain, String reviewed, long answers, Double shareRight,
		Double discrimination, Map<String, Double> choiceShares, Map<String, Long> reports,
		Map<String, Long> openReports, Set<Verdict> verdicts, String quarantined) {

	public boolean ok() {
		return this.verdicts.isEmpty();
	}

}
