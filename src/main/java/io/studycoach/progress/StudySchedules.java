package io.studycoach.progress;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The days of the week a learner's schedules ask them a question: their study channels' and their
 * daily DM's. Implemented where the schedules live (delivery), so progress does not depend on it.
 */
public interface StudySchedules {

	/** No schedule known: every day counts. */
	StudySchedules EVERY_DAY = (teamId, userId) -> Set.of();

	/** The days; empty when the learner has no schedule (then every day is a study day). */
	Set<DayOfWeek> studyDays(String teamId, String userId);

	/**
	 * The days of many learners at once, for a summary that shows their streaks: the reads go out
	 * together instead of a few round trips per learner.
	 */
	default Map<String, Set<DayOfWeek>> studyDays(String teamId, Collection<String> userIds) {
		Map<String, Set<DayOfWeek>> days = new HashMap<>();
		userIds.forEach(user -> days.put(user, studyDays(teamId, user)));
		return days;
	}

	/** The same, asked now and answered later, so the reads travel with others on the answer's path. */
	default CompletableFuture<Set<DayOfWeek>> studyDaysLater(String teamId, String userId) {
		return CompletableFuture.completedFuture(studyDays(teamId, userId));
	}

}
