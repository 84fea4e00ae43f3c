package io.studycoach.progress;

import io.studycoach.redis.StoreUnavailableException;

/** Redis could not be reached or answered with an error; the user is asked to try again. */
public class ProgressUnavailableException extends StoreUnavailableException {

	public ProgressUnavailableException(Throwable cause) {
		super(cause);
	}

}
