package io.studycoach.progress;

import io.studycoach.learning.ActiveDays;
import io.studycoach.learning.LearnerHistory;
import io.studycoach.learning.StudyPlan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/** Everything the coach knows about one learner's answers, read in one go from Redis. */
public record LearnerProgress(Tally overall, Map<String, Tally> byDomain, ActiveDays days, LearnerHistory history,
		Map<String, Tally> bySection, StudyPlan plan, Optional<LocalDate> examDate) {

	public LearnerProgress {
		byDomain = Map.copyOf(byDomain);
		bySection = Map.copyOf(bySection);
	}

	public LearnerProgress(Tally overall, Map<String, Tally> byDomain, ActiveDays days, LearnerHistory history) {
		this(overall, byDomain, days, history, Map.of(), StudyPlan.DATA_ENGINEER, Optional.empty());
	}

	/** The tally of an exam-guide section, by its area id (s4). */
	public Tally section(String sectionArea) {
		return this.bySection.getOrDefault(sectionArea, Tally.NONE);
	}

	public Tally domain(String domainId) {
		return this.byDomain.getOrDefault(domainId, Tally.NONE);
	}

	/** The answered domain with the lowest smoothed accuracy, if any domain has answers. */
	public Optional<String> weakestDomain() {
		return this.byDomain.entrySet()
			.stream()
			.filter(e -> e.getValue().answered() > 0)
			.min(Comparator.comparingDouble((Map.Entry<String, Tally> e) -> e.getValue().smoothedAccuracy())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey);
	}

}
