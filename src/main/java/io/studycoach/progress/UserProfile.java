package io.studycoach.progress;

import java.time.ZoneId;

/**
 * What the coach needs of a Slack user: their time zone, whether they administer the workspace, whether
 * they left, and the name public boards show instead of a mention (empty when Slack gave none).
 */
public record UserProfile(ZoneId zone, boolean admin, boolean deleted, String name) {

	public UserProfile {
		name = name == null ? "" : name;
	}

	public UserProfile(ZoneId zone, boolean admin, boolean deleted) {
		this(zone, admin, deleted, "");
	}

}
