package io.studycoach.learning;

import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What weights a learner's (or a channel's) daily questions. The data engineer's plan puts 60% of
 * practice on what is new to them, by study domain; the exam plan follows the exam guide's section
 * weights. Either is tilted toward weak areas by {@link AdaptiveWeights}.
 */
public enum StudyPlan {

	DATA_ENGINEER("data-engineer"), EXAM("exam");

	private final String word;

	StudyPlan(String word) {
		this.word = word;
	}

	public String word() {
		return this.word;
	}

	/** The plan a word names, as typed after {@code /quiz plan}. */
	public static Optional<StudyPlan> fromWord(String word) {
		return Arrays.stream(values()).filter(p -> p.word.equalsIgnoreCase(word)).findFirst();
	}

	/** The stored form read back; anything unknown or empty is the default plan. */
	public static StudyPlan parse(String stored) {
		return stored == null ? DATA_ENGINEER : fromWord(stored).orElse(DATA_ENGINEER);
	}

	/** The untilted weights: the domains' for the data engineer, the guide sections' (s1..s6) for the exam. */
	public DomainWeights baseWeights(QuestionBank bank) {
		if (this == DATA_ENGINEER || bank.blueprint().sections().isEmpty()) {
			return DomainWeights.base(bank.domains());
		}
		Map<String, Double> weights = new LinkedHashMap<>();
		bank.blueprint().sections().forEach(s -> weights.put(StudyArea.sectionArea(s.id()), s.weight()));
		return DomainWeights.of(weights);
	}

}
