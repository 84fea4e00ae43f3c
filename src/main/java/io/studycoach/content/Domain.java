package io.studycoach.content;

import java.util.List;

/** One exam domain as declared in {@code content/domains.yml}. */
public record Domain(String id, String name, List<String> keywords, String description, double weight) {

	public Domain {
		keywords = keywords == null ? List.of() : List.copyOf(keywords);
	}

}
