package io.studycoach.summary;

import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.Tally;
import io.studycoach.readiness.LearnerAbilities;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A subscriber's week, for their Monday DM.
 *
 * @param readiness per domain id, the share of its questions they would likely recall, 0 to 1
 * @param weakest the week's weakest domain (or overall, when the week had too few answers)
 * @param prediction the predicted exam score as of {@code today}, the learner's own day
 */
public record PersonalWeek(LocalDate monday, Tally week, int streak, Map<String, Double> readiness,
		Optional<String> weakest, LearnerProgress learner, LearnerAbilities.Prediction prediction, LocalDate today) {
}
