package io.studycoach.wording;

/**
 * A number a template says with a noun, so the template picks the noun's form itself:
 * {@code {{days}} day{{^days.one}}s{{/days.one}}} reads "1 day", "2 days"; {@code {{#days.some}}}
 * leaves a line out when the number is 0. The one mechanism for plurals and empty states in
 * {@code prompts/}.
 */
public record Count(long n) {

	public static Count of(long n) {
		return new Count(n);
	}

	/** Exactly one: the singular. */
	public boolean one() {
		return this.n == 1;
	}

	/** More than zero. */
	public boolean some() {
		return this.n > 0;
	}

	/** Zero: the empty state. */
	public boolean none() {
		return this.n == 0;
	}

	@Override
	public String toString() {
		return Long.toString(this.n);
	}

}
