package io.studycoach.progress;

import java.time.ZoneId;

/** What the coach needs of a Slack user: their time zone, whether they administer the workspace, whether they left. */
public record UserProfile(ZoneId zone, boolean admin, boolean deleted) {
}
