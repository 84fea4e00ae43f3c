package io.studycoach.delivery;

/** Asks the chat service whether it accepts a workspace's credentials right now; the Slack side answers with auth.test. */
@FunctionalInterface
public interface WorkspaceProbe {

	/** False when refused or unreachable. */
	boolean accepts(String teamId);

}
