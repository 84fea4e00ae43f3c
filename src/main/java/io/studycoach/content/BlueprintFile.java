package io.studycoach.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A blueprint exactly as written in YAML, before validation. */
@JsonIgnoreProperties(value = { "source" })
record BlueprintFile(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("live-from") String liveFrom, @JsonProperty("sections") List<SectionFile> sections) {

	record SectionFile(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("short") String shortName, @JsonProperty("keywords") List<String> keywords,
			@JsonProperty("weight") Double weight, @JsonProperty("subsections") List<SubsectionFile> subsections) {
	}

	record SubsectionFile(@JsonProperty("id") String id, @JsonProperty("name") String name,
			@JsonProperty("considerations") List<String> considerations) {
	}

}
