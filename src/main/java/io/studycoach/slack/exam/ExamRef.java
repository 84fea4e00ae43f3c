package io.studycoach.slack.exam;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an exam button carries: the exam, its learner, and a number (a question's index, a page). The
 * server checks all of it against what it stored; the click can claim nothing more.
 */
record ExamRef(String examId, String owner, int number) {

	private static final Pattern FORM = Pattern.compile("([0-9a-f]{1,32})\\|([UW][A-Z0-9]{1,30})\\|(\\d{1,4})");

	String value() {
		return this.examId + "|" + this.owner + "|" + this.number;
	}

	ExamRef at(int other) {
		return new ExamRef(this.examId, this.owner, other);
	}

	/** The reference a button value or block id ends with, or empty when it is not one of ours. */
	static Optional<ExamRef> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(value.substring(value.lastIndexOf('#') + 1));
		return matcher.matches()
				? Optional.of(new ExamRef(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3))))
				: Optional.empty();
	}

}
