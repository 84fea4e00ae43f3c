package io.studycoach.content;

/**
 * Sizes a question must fit so that the coach can always show it in one Slack section block
 * (3,000 characters of text) with room for its lettered choices. The stricter editorial limits
 * for the shipped bank live in the content tests.
 */
final class ContentLimits {

	static final int MAX_STEM = 1500;

	static final int MAX_CHOICE = 300;

	static final int MAX_EXPLANATION = 2000;

	static final int MAX_RENDERED_QUESTION = 2800;

	static final int MIN_CHOICES = 2;

	static final int MAX_CHOICES = 5;

	private ContentLimits() {
	}

}
