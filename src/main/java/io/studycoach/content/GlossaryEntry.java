package io.studycoach.content;

import java.util.Locale;

/**
 * A product naming fact from content/glossary.yml. {@code renamed}: the exam guide still uses
 * {@code old}, Google's docs use {@code current}; {@code retired}: {@code old} is gone;
 * {@code deprecated}: the feature is on its way out; {@code context}: shown to readers, not checked.
 */
public record GlossaryEntry(String old, String current, String kind, String since, String note, String source) {

	/** Whether an explanation says what a question naming {@code old} must say. */
	boolean mentioned(String explanation) {
		String lower = explanation.toLowerCase(Locale.ROOT);
		return switch (this.kind == null ? "" : this.kind) {
			case "renamed" -> explanation.contains(this.current);
			case "deprecated" -> lower.contains("deprecat");
			case "retired" -> this.current != null ? explanation.contains(this.current)
					: lower.contains("retired") || lower.contains("replaced") || lower.contains("shut down");
			default -> true;
		};
	}

	/** What {@link #mentioned} looks for, for an author's error message. */
	String requirement() {
		return switch (this.kind == null ? "" : this.kind) {
			case "renamed" -> "its current name '" + this.current + "'";
			case "deprecated" -> "that it is deprecated";
			default -> this.current != null ? "'" + this.current + "'" : "that it was retired or replaced";
		};
	}

}
