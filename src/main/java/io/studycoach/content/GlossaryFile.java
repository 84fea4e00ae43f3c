package io.studycoach.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A glossary entry exactly as written in YAML. */
record GlossaryFile(@JsonProperty("old") String old, @JsonProperty("new") String current,
		@JsonProperty("kind") String kind, @JsonProperty("since") String since, @JsonProperty("note") String note,
		@JsonProperty("source") String source) {
}
