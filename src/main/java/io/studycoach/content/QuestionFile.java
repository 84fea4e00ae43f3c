package io.studycoach.content;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A question exactly as written in YAML, before validation; every field may be missing or wrong. */
record QuestionFile(@JsonProperty("id") String id, @JsonProperty("domain") String domain,
		@JsonProperty("topic") String topic, @JsonProperty("difficulty") Integer difficulty,
		@JsonProperty("question") String question, @JsonProperty("choices") List<String> choices,
		@JsonProperty("answer") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> answer,
		@JsonProperty("explanation") String explanation, @JsonProperty("references") List<String> references,
		@JsonProperty("guide") String guide, @JsonProperty("tags") List<String> tags,
		@JsonProperty("reviewed") String reviewed) {
}
