package io.studycoach.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads and checks the exam guides under {@code blueprints/}: weights that sum to 1, sub-section ids
 * that belong to their section, and words that pick one section only. The guide in force is the one
 * that went live last; a later revision of the guide is a new file.
 */
final class BlueprintReader {

	private static final double WEIGHT_TOLERANCE = 1e-6;

	/** Reads one file; null when it could not be read (the problem is recorded). */
	interface Reader {

		<T> T read(Resource resource, String name, Class<T> type, List<ContentProblem> problems);

	}

	private final Reader reader;

	BlueprintReader(Reader reader) {
		this.reader = reader;
	}

	Blueprint load(String location, Set<String> domainWords, List<ContentProblem> problems) {
		Resource[] files;
		try {
			files = new PathMatchingResourcePatternResolver().getResources(location + "blueprints/*.yml");
		}
		catch (IOException ex) {
			files = new Resource[0];
		}
		List<Blueprint> blueprints = new ArrayList<>();
		for (Resource file : files) {
			String name = "blueprints/" + file.getFilename();
			BlueprintFile raw = this.reader.read(file, name, BlueprintFile.class, problems);
			if (raw != null) {
				blueprints.add(check(name, raw, domainWords, problems));
			}
		}
		return blueprints.stream()
			.max(Comparator.comparing(b -> b.liveFrom() == null ? "" : b.liveFrom()))
			.orElse(new Blueprint("none", "no exam guide", "", List.of()));
	}

	private static Blueprint check(String name, BlueprintFile raw, Set<String> domainWords, List<ContentProblem> problems) {
		List<Blueprint.Section> sections = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> words = new HashSet<>(domainWords);
		double total = 0;
		for (BlueprintFile.SectionFile section : raw.sections() == null ? List.<BlueprintFile.SectionFile>of() : raw.sections()) {
			if (section.id() == null || section.name() == null || section.weight() == null || section.weight() <= 0) {
				problems.add(new ContentProblem(name, section.id(), "every section needs an id, a name and a weight above 0"));
				continue;
			}
			if (!ids.add(section.id())) {
				problems.add(new ContentProblem(name, section.id(), "duplicate section id"));
			}
			total += section.weight();
			List<Blueprint.Subsection> subsections = new ArrayList<>();
			for (BlueprintFile.SubsectionFile sub : section.subsections() == null
					? List.<BlueprintFile.SubsectionFile>of() : section.subsections()) {
				if (sub.id() == null || !sub.id().startsWith(section.id() + ".") || sub.name() == null) {
					problems.add(new ContentProblem(name, sub.id(),
							"a sub-section needs a name and an id that starts with its section's (" + section.id() + ".)"));
				}
				else if (!ids.add(sub.id())) {
					problems.add(new ContentProblem(name, sub.id(), "duplicate sub-section id"));
				}
				else {
					subsections.add(new Blueprint.Subsection(sub.id(), sub.name(), sub.considerations()));
				}
			}
			if (subsections.isEmpty()) {
				problems.add(new ContentProblem(name, section.id(), "a section needs at least one sub-section"));
			}
			List<String> keywords = section.keywords() == null ? List.of()
					: section.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
			keywords.stream()
				.filter(keyword -> !words.add(keyword))
				.forEach(keyword -> problems.add(new ContentProblem(name, section.id(),
						"keyword '" + keyword + "' already picks another section or a domain")));
			String shortName = section.shortName() == null ? section.name() : section.shortName();
			sections.add(new Blueprint.Section(section.id(), section.name(), shortName, keywords, section.weight(),
					subsections));
		}
		if (sections.isEmpty()) {
			problems.add(new ContentProblem(name, null, "no sections"));
		}
		else if (Math.abs(total - 1.0) > WEIGHT_TOLERANCE) {
			problems.add(new ContentProblem(name, null, "section weights sum to " + total + "; they must sum to 1"));
		}
		return new Blueprint(raw.id(), raw.name(), raw.liveFrom(), sections);
	}

}
