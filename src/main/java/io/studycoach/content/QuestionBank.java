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
