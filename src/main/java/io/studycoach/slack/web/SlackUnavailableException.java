package io.studycoach.slack.web;

/** Slack kept failing (or rate limiting) a call through every retry. */
public class SlackUnavailableException extends RuntimeException {

	public SlackUnavailableException(String method, String reason) {
		super("Slack " + method + " unavailable: " + reason);
	}

}
