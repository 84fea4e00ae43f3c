package io.studycoach.wording;

/**
 * A template under {@code prompts/} and the record the code fills it with. Templates may use only
 * the components of that record (and of the records in its lists); a test checks every template.
 *
 * @param <T> the context record type
 */
public record Prompt<T extends Record>(String name, Class<T> context) {

	public String fileName() {
		return this.name + ".mustache";
	}

}
