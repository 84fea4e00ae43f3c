package io.studycoach.content;

/** One thing wrong with the content files, located by file and (where known) question id. */
public record ContentProblem(String file, String questionId, String message) {

	@Override
	public String toString() {
		return this.questionId == null ? this.file + ": " + this.message
				: this.file + " [" + this.questionId + "]: " + this.message;
	}

}
