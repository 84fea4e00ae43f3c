package io.studycoach.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The validated, read-only question bank: domains and their questions. */
public final class QuestionBank {

	private final List<Domain> domains;

	private final Map<String, Question> byId;

	private final Map<String, List<Question>> byDomain;

	private final Blueprint blueprint;

	private final List<GlossaryEntry> glossary;

	public QuestionBank(List<Domain> domains, List<Question> questions) {
		this(domains, questions, new Blueprint("none", "no exam guide", "", List.of()), List.of());
	}

	public QuestionBank(List<Domain> domains, List<Question> questions, Blueprint blueprint,
			List<GlossaryEntry> glossary) {
		this.blueprint = blueprint;
		this.glossary = List.copyOf(glossary);
		this.domains = List.copyOf(domains);
		this.byId = Collections.unmodifiableMap(questions.stream()
			.collect(Collectors.toMap(Question::id, q -> q, (a, b) -> a, LinkedHashMap::new)));
		Map<String, List<Question>> grouped = new LinkedHashMap<>();
		for (Domain domain : domains) {
			grouped.put(domain.id(), questions.stream().filter(q -> q.domain().equals(domain.id())).toList());
		}
		this.byDomain = Collections.unmodifiableMap(grouped);
	}

	/** The exam guide in force, the second lens on every question. */
	public Blueprint blueprint() {
		return this.blueprint;
	}

	public List<GlossaryEntry> glossary() {
		return this.glossary;
	}

	/** The questions of a study area: a domain (d4), an exam-guide section (s4) or a tag (genai). */
	public List<Question> questionsIn(String area) {
		if (this.byDomain.containsKey(area)) {
			return this.byDomain.get(area);
		}
		return this.byId.values().stream().filter(q -> inArea(q, area)).toList();
	}

	public boolean inArea(Question question, String area) {
		return question.domain().equals(area) || StudyArea.sectionArea(question.section()).equals(area)
				|| question.tags().contains(area);
	}

	/**
	 * The area a word names: a domain (as {@link #findDomain}), a section by "s4", "4" or one of its
	 * keywords, or a tag that questions carry.
	 */
	public Optional<StudyArea> findArea(String word) {
		Optional<Domain> domain = findDomain(word);
		if (domain.isPresent()) {
			return domain.map(d -> new StudyArea(d.id(), d.name(), StudyArea.Kind.DOMAIN));
		}
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		String sectionId = lower.startsWith("s") ? lower.substring(1) : lower;
		for (Blueprint.Section section : this.blueprint.sections()) {
			if (section.id().equals(sectionId) || section.keywords().contains(lower)) {
				return Optional.of(new StudyArea(StudyArea.sectionArea(section.id()), section.name(), StudyArea.Kind.SECTION));
			}
		}
		boolean tagged = this.byId.values().stream().anyMatch(q -> q.tags().contains(lower));
		return tagged ? Optional.of(new StudyArea(lower, tagName(lower), StudyArea.Kind.TAG)) : Optional.empty();
	}

	/** The readable name of an area id (d4, s4 or a tag); the id itself when unknown. */
	public String areaName(String area) {
		return areas().stream().filter(a -> a.id().equals(area)).map(StudyArea::name).findFirst().orElse(area);
	}

	/** Every area a learner can name after {@code /quiz}: domains, sections, then tags. */
	public List<StudyArea> areas() {
		List<StudyArea> areas = new java.util.ArrayList<>();
		this.domains.forEach(d -> areas.add(new StudyArea(d.id(), d.name(), StudyArea.Kind.DOMAIN)));
		this.blueprint.sections()
			.forEach(s -> areas.add(new StudyArea(StudyArea.sectionArea(s.id()), s.name(), StudyArea.Kind.SECTION)));
		this.byId.values()
			.stream()
			.flatMap(q -> q.tags().stream())
			.distinct()
			.sorted()
			.forEach(tag -> areas.add(new StudyArea(tag, tagName(tag), StudyArea.Kind.TAG)));
		return areas;
	}

	private static String tagName(String tag) {
		return tag.equals("genai") ? "Generative AI" : tag;
	}

	/** The questions of one exam-guide section, e.g. "4". */
	public List<Question> questionsInSection(String sectionId) {
		return this.byId.values().stream().filter(q -> q.section().equals(sectionId)).toList();
	}

	public List<Domain> domains() {
		return this.domains;
	}

	public Domain domain(String id) {
		return this.domains.stream()
			.filter(d -> d.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown domain " + id));
	}

	public Optional<Question> question(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	public List<Question> questions() {
		return List.copyOf(this.byId.values());
	}

	public List<Question> questions(String domainId) {
		return this.byDomain.getOrDefault(domainId, List.of());
	}

	public int size() {
		return this.byId.size();
	}

	/**
	 * Finds a domain by its id ("d4"), a word of its name ("monitoring") or one of its keywords.
	 */
	public Optional<Domain> findDomain(String word) {
		String needle = word.toLowerCase(Locale.ROOT).trim();
		if (needle.length() < 2) {
			return Optional.empty();
		}
		for (Domain domain : this.domains) {
			if (domain.id().equals(needle) || domain.keywords().contains(needle)) {
				return Optional.of(domain);
			}
		}
		if (needle.length() < 4) {
			// Short words such as "ml" or "and" appear in several names and would pick one at random.
			return Optional.empty();
		}
		return this.domains.stream()
			.filter(d -> List.of(d.name().toLowerCase(Locale.ROOT).split("\\W+")).contains(needle))
			.findFirst();
	}

}
