package io.studycoach.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads {@code domains.yml} and {@code questions/*.yml} from a content location (a folder or the
 * classpath), validates everything and either returns the bank or throws one exception listing
 * every problem with its file and question id.
 */
public final class ContentLoader {

	private static final double WEIGHT_TOLERANCE = 1e-6;

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	/**
	 * @param location a Spring resource location ending in a slash, e.g. {@code file:content/}
	 * or {@code classpath:content/}
	 */
	public QuestionBank load(String location) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Domain> domains = loadDomains(location, problems);
		Map<String, Domain> domainsById = new LinkedHashMap<>();
		domains.forEach(d -> domainsById.put(d.id(), d));
		Blueprint blueprint = new BlueprintReader(this::readOne).load(location, domainWords(domains), problems);
		List<GlossaryEntry> glossary = loadGlossary(location, problems);
		QuestionValidator validator = new QuestionValidator(domainsById, blueprint, glossary);
		List<Question> questions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Resource[] files = questionFiles(location, problems);
		for (Resource file : files) {
			String name = "questions/" + file.getFilename();
			for (QuestionFile raw : readList(file, name, new TypeReference<List<QuestionFile>>() {
			}, problems)) {
				if (raw == null) {
					problems.add(new ContentProblem(name, null, "empty list entry"));
					continue;
				}
				Question question = validator.validate(name, raw, problems);
				if (raw.id() != null && !ids.add(raw.id())) {
					problems.add(new ContentProblem(name, raw.id(), "duplicate id: another question already uses it"));
				}
				else if (question != null) {
					questions.add(question);
				}
			}
		}
		if (problems.isEmpty() && questions.isEmpty()) {
			problems.add(new ContentProblem("questions/", null, "no questions found under " + location + "questions/"));
		}
		for (Domain domain : domains) {
			if (problems.isEmpty() && questions.stream().noneMatch(q -> q.domain().equals(domain.id()))) {
				problems.add(new ContentProblem("questions/", null, "domain " + domain.id() + " has no questions"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new QuestionBank(domains, questions, blueprint, glossary);
	}

	private List<Domain> loadDomains(String location, List<ContentProblem> problems) {
		String name = "domains.yml";
		Resource resource = this.resolver.getResource(location + name);
		if (!resource.exists()) {
			problems.add(new ContentProblem(name, null, "missing (looked in " + location + ")"));
			return List.of();
		}
		List<Domain> domains = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		double total = 0;
		for (Domain domain : readList(resource, name, new TypeReference<List<Domain>>() {
		}, problems)) {
			if (domain == null || domain.id() == null || domain.id().isBlank() || domain.name() == null) {
				problems.add(new ContentProblem(name, null, "every domain needs an id and a name"));
				continue;
			}
			if (!ids.add(domain.id())) {
				problems.add(new ContentProblem(name, domain.id(), "duplicate domain id"));
			}
			if (domain.weight() <= 0) {
				problems.add(new ContentProblem(name, domain.id(), "weight must be above 0"));
			}
			total += domain.weight();
			domains.add(domain);
		}
		if (!domains.isEmpty() && Math.abs(total - 1.0) > WEIGHT_TOLERANCE) {
			problems.add(new ContentProblem(name, null, "weights sum to " + total + "; they must sum to 1"));
		}
		return domains;
	}

	/** The words that already pick a domain after /quiz: its id and keywords. */
	private static Set<String> domainWords(List<Domain> domains) {
		Set<String> words = new HashSet<>();
		domains.forEach(d -> {
			words.add(d.id());
			d.keywords().forEach(k -> words.add(k.toLowerCase(java.util.Locale.ROOT)));
		});
		return words;
	}

	private List<GlossaryEntry> loadGlossary(String location, List<ContentProblem> problems) {
		String name = "glossary.yml";
		Resource resource = this.resolver.getResource(location + name);
		if (!resource.exists()) {
			return List.of();
		}
		List<GlossaryEntry> entries = new ArrayList<>();
		for (GlossaryFile raw : readList(resource, name, new TypeReference<List<GlossaryFile>>() {
		}, problems)) {
			if (raw == null || raw.old() == null || raw.old().isBlank() || raw.kind() == null
					|| !List.of("renamed", "retired", "deprecated", "context").contains(raw.kind())) {
				problems.add(new ContentProblem(name, raw == null ? null : raw.old(),
						"every entry needs an old name and a kind: renamed, retired, deprecated or context"));
				continue;
			}
			if (raw.kind().equals("renamed") && (raw.current() == null || raw.current().isBlank())) {
				problems.add(new ContentProblem(name, raw.old(), "a renamed entry needs its new name"));
				continue;
			}
			entries.add(new GlossaryEntry(raw.old(), raw.current(), raw.kind(), raw.since(), raw.note(), raw.source()));
		}
		return entries;
	}

	/** Reads one YAML document of the given type, or null after recording why it could not be read. */
	<T> T readOne(Resource resource, String name, Class<T> type, List<ContentProblem> problems) {
		try (InputStream in = resource.getInputStream()) {
			return this.yaml.readValue(in, type);
		}
		catch (JsonProcessingException ex) {
			String where = ex.getLocation() == null ? "" : " (line " + ex.getLocation().getLineNr() + ")";
			problems.add(new ContentProblem(name, null, "cannot be read" + where + ": " + ex.getOriginalMessage()));
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(name, null, "cannot be read: " + ex.getMessage()));
		}
		return null;
	}

	private Resource[] questionFiles(String location, List<ContentProblem> problems) {
		try {
			Resource[] files = this.resolver.getResources(location + "questions/*.yml");
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			return files;
		}
		catch (IOException ex) {
			problems.add(new ContentProblem("questions/", null, "cannot list question files: " + ex.getMessage()));
			return new Resource[0];
		}
	}

	private <T> List<T> readList(Resource resource, String name, TypeReference<List<T>> type,
			List<ContentProblem> problems) {
		try (InputStream in = resource.getInputStream()) {
			List<T> list = this.yaml.readValue(in, type);
			return list == null ? List.of() : list;
		}
		catch (JsonProcessingException ex) {
			String where = ex.getLocation() == null ? "" : " (line " + ex.getLocation().getLineNr() + ")";
			problems.add(new ContentProblem(name, null, "cannot be read" + where + ": " + ex.getOriginalMessage()));
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(name, null, "cannot be read: " + ex.getMessage()));
		}
		return List.of();
	}

}
