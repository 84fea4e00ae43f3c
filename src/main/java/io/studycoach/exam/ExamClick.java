package io.studycoach.exam;

/** What a click on a running exam asks for. Each carries its target state, so a double click changes nothing more. */
public sealed interface ExamClick {

	int index();

	/** Choose {@code letters} (e.g. "B", "AD"; "" clears) for question {@code index}. */
	record Answer(int index, String letters) implements ExamClick {
	}

	/** Show question {@code index}. */
	record Go(int index) implements ExamClick {
	}

	/** Flag question {@code index} for review, or take the flag off. */
	record Flag(int index, boolean on) implements ExamClick {
	}

}
