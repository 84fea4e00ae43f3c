package io.studycoach.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at startup when the bank has problems; it carries all of them, not just the first. */
public class InvalidContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public InvalidContentException(List<ContentProblem> problems) {
		super(problems.size() + " problem(s) in the question bank:\n"
				+ problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return this.problems;
	}

}
