package io.studycoach.redis;

/**
 * Redis could not be reached or answered with an error. Thrown in place of Lettuce's own
 * exceptions, so that callers outside the store (the Slack adapter) ask the user to try again
 * without knowing which client the store uses.
 */
public class StoreUnavailableException extends RuntimeException {

	public StoreUnavailableException(Throwable cause) {
		super("Redis unavailable: " + cause.getMessage(), cause);
	}

}
