package io.studycoach.progress;

/** Redis could not be reached or answered with an error; the user is asked to try again. */
public class ProgressUnavailableException extends RuntimeException {

	public ProgressUnavailableException(Throwable cause) {
		super("Progress store unavailable: " + cause.getMessage(), cause);
	}

}
