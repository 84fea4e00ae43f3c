package io.studycoach.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one question as written and turns it into a {@link Question}, collecting every problem
 * rather than stopping at the first, so an author sees the whole list in one run.
 */
final class QuestionValidator {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,80}");

	private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");

	private static final Pattern YEAR_MONTH = Pattern.compile("20\\d\\d-(0[1-9]|1[0-2])");

	private final Map<String, Domain> domains;

	private final Blueprint blueprint;

	private final List<GlossaryEntry> glossary;

	QuestionValidator(Map<String, Domain> domains, Blueprint blueprint, List<GlossaryEntry> glossary) {
		this.domains = domains;
		this.blueprint = blueprint;
		this.glossary = glossary;
	}

	/** Returns the question, or null when it has problems (which are added to {@code problems}). */
	Question validate(String file, QuestionFile raw, List<ContentProblem> problems) {
		String id = raw.id();
		List<String> found = new ArrayList<>();
		if (blank(id)) {
			found.add("missing id");
		}
		else if (!ID.matcher(id).matches()) {
			found.add("id must be lowercase letters, digits and dashes");
		}
		if (blank(raw.domain())) {
			found.add("missing domain");
		}
		else if (!this.domains.containsKey(raw.domain())) {
			found.add("unknown domain '" + raw.domain() + "' (known: " + String.join(", ", this.domains.keySet()) + ")");
		}
		if (blank(raw.topic())) {
			found.add("missing topic");
		}
		if (raw.difficulty() == null || raw.difficulty() < 1 || raw.difficulty() > 3) {
			found.add("difficulty must be 1, 2 or 3");
		}
		checkStem(raw, found);
		List<String> choices = raw.choices() == null ? List.of() : raw.choices();
		checkChoices(choices, found);
		Set<Character> answer = checkAnswer(raw.answer(), choices.size(), found);
		if (blank(raw.explanation())) {
			found.add("empty explanation");
		}
		else if (raw.explanation().length() > ContentLimits.MAX_EXPLANATION) {
			found.add("explanation is " + raw.explanation().length() + " characters; at most "
					+ ContentLimits.MAX_EXPLANATION + " fit Slack");
		}
		checkReferences(raw.references(), found);
		checkGuide(raw, found);
		if (!found.isEmpty()) {
			found.forEach(message -> problems.add(new ContentProblem(file, blank(id) ? null : id, message)));
			return null;
		}
		return new Question(id, raw.domain(), raw.topic().trim(), raw.difficulty(), raw.question().trim(),
				choices.stream().map(String::trim).toList(), answer, raw.explanation().trim(), raw.references(),
				blank(raw.guide()) ? Blueprint.NONE : raw.guide().trim(), raw.tags() == null ? Set.of() : Set.copyOf(raw.tags()),
				raw.reviewed());
	}

	private void checkStem(QuestionFile raw, List<String> found) {
		if (blank(raw.question())) {
			found.add("missing question text");
			return;
		}
		if (raw.question().length() > ContentLimits.MAX_STEM) {
			found.add("question text is " + raw.question().length() + " characters; at most "
					+ ContentLimits.MAX_STEM + " fit Slack");
		}
		int rendered = raw.question().length()
				+ (raw.choices() == null ? 0 : raw.choices().stream().mapToInt(c -> c == null ? 0 : c.length() + 8).sum());
		if (rendered > ContentLimits.MAX_RENDERED_QUESTION) {
			found.add("question with its choices is " + rendered + " characters; at most "
					+ ContentLimits.MAX_RENDERED_QUESTION + " fit one Slack section");
		}
	}

	private void checkChoices(List<String> choices, List<String> found) {
		if (choices.size() < ContentLimits.MIN_CHOICES || choices.size() > ContentLimits.MAX_CHOICES) {
			found.add("has " + choices.size() + " choices; a question needs " + ContentLimits.MIN_CHOICES + " to "
					+ ContentLimits.MAX_CHOICES);
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < choices.size(); i++) {
			String choice = choices.get(i);
			char letter = Question.letter(i);
			if (blank(choice)) {
				found.add("choice " + letter + " is empty");
			}
			else {
				if (choice.length() > ContentLimits.MAX_CHOICE) {
					found.add("choice " + letter + " is " + choice.length() + " characters; at most "
							+ ContentLimits.MAX_CHOICE + " fit Slack");
				}
				if (!distinct.add(choice.trim().toLowerCase(Locale.ROOT))) {
					found.add("choice " + letter + " repeats another choice");
				}
			}
		}
	}

	private Set<Character> checkAnswer(List<String> answer, int choiceCount, List<String> found) {
		if (answer == null || answer.isEmpty()) {
			found.add("missing answer");
			return Set.of();
		}
		Set<Character> letters = new LinkedHashSet<>();
		for (String value : answer) {
			String letter = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
			if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) >= 'A' + Math.max(choiceCount, 1)) {
				found.add("answer '" + value + "' is not one of the choices' letters (A to "
						+ Question.letter(Math.max(choiceCount, 1) - 1) + ")");
			}
			else if (!letters.add(letter.charAt(0))) {
				found.add("answer repeats the letter " + letter);
			}
		}
		if (letters.size() > 1 && letters.size() >= choiceCount) {
			found.add("a multi-answer question must leave at least one choice wrong");
		}
		return letters;
	}

	private void checkGuide(QuestionFile raw, List<String> found) {
		// With an exam guide loaded, a missing label would silently count as "fits no sub-section".
		if (blank(raw.guide()) && !this.blueprint.sections().isEmpty()) {
			found.add("missing guide: a sub-section of " + this.blueprint.id() + " (like \"4.2\") or none");
		}
		else if (!blank(raw.guide()) && !raw.guide().trim().equals(Blueprint.NONE)
				&& !this.blueprint.hasSubsection(raw.guide().trim())) {
			found.add("guide '" + raw.guide() + "' is not a sub-section of " + this.blueprint.id() + " (or 'none')");
		}
		if (raw.tags() != null) {
			raw.tags().stream()
				.filter(tag -> tag == null || !TAG.matcher(tag).matches())
				.forEach(tag -> found.add("tag '" + tag + "' must be lowercase letters, digits and dashes"));
		}
		if (!blank(raw.reviewed()) && !YEAR_MONTH.matcher(raw.reviewed().trim()).matches()) {
			found.add("reviewed '" + raw.reviewed() + "' must be a year and month like 2026-12");
		}
		if (blank(raw.explanation()) || blank(raw.question())) {
			return;
		}
		String text = raw.question() + " " + String.join(" ", raw.choices() == null ? List.of()
				: raw.choices().stream().map(c -> c == null ? "" : c).toList()) + " " + raw.explanation();
		for (GlossaryEntry entry : this.glossary) {
			if (entry.old() != null && text.contains(entry.old()) && !entry.mentioned(raw.explanation())) {
				found.add("names '" + entry.old() + "' (" + entry.kind() + " since " + entry.since()
						+ ") but its explanation does not say " + entry.requirement());
			}
		}
	}

	private void checkReferences(List<String> references, List<String> found) {
		if (references == null || references.isEmpty()) {
			found.add("no reference: at least one https link to documentation is needed");
			return;
		}
		for (String reference : references) {
			if (!isHttpsUrl(reference)) {
				found.add("reference '" + reference + "' is not an https URL");
			}
		}
	}

	static boolean isHttpsUrl(String value) {
		if (blank(value)) {
			return false;
		}
		try {
			URI uri = new URI(value.trim());
			return "https".equals(uri.getScheme()) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
