package io.studycoach.slack;

import com.slack.api.bolt.App;

/** A set of Bolt handlers; each feature registers its own on the one App. */
public interface SlackListener {

	public void register(App app);

}
