package io.studycoach.content;

/**
 * A part of the bank a learner can practise: a study-guide domain ({@code d4}), an exam-guide
 * section ({@code s4}) or a tag ({@code genai}).
 */
public record StudyArea(String id, String name, Kind kind) {

	public enum Kind {

		DOMAIN, SECTION, TAG

	}

	/** The area id of an exam-guide section: "s" and the section's id. */
	public static String sectionArea(String sectionId) {
		return "s" + sectionId;
	}

}
