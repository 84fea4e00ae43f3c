package io.studycoach.config;

/** A required setting is missing or malformed. Its message never contains the setting's value. */
public class InvalidSettingException extends RuntimeException {

	private final String variable;

	private final String remedy;

	public InvalidSettingException(String variable, String problem, String remedy) {
		super(variable + " " + problem + ".");
		this.variable = variable;
		this.remedy = remedy;
	}

	public String variable() {
		return this.variable;
	}

	public String remedy() {
		return this.remedy;
	}

}
