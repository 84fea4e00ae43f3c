package io.studycoach.content;

import java.util.List;
import java.util.Optional;

/**
 * An exam guide as data (content/blueprints/*.yml): its sections with their published weights, and
 * their sub-sections. It is what the exam tests, a second lens beside the study guide's domains.
 */
public record Blueprint(String id, String name, String liveFrom, List<Section> sections) {

	/** The value of a question's {@code guide} when it fits no sub-section. */
	public static final String NONE = "none";

	public Blueprint {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	public record Section(String id, String name, String shortName, List<String> keywords, double weight,
			List<Subsection> subsections) {

		public Section {
			keywords = keywords == null ? List.of() : List.copyOf(keywords);
			subsections = subsections == null ? List.of() : List.copyOf(subsections);
		}

	}

	public record Subsection(String id, String name, List<String> considerations) {

		public Subsection {
			considerations = considerations == null ? List.of() : List.copyOf(considerations);
		}

	}

	public Optional<Section> section(String id) {
		return this.sections.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/** The section a sub-section id such as "4.2" belongs to. */
	public Optional<Section> sectionOf(String guide) {
		int dot = guide == null ? -1 : guide.indexOf('.');
		return dot < 0 ? Optional.empty() : section(guide.substring(0, dot));
	}

	public boolean hasSubsection(String id) {
		return this.sections.stream().flatMap(s -> s.subsections().stream()).anyMatch(s -> s.id().equals(id));
	}

}
