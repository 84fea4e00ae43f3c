package io.studycoach.delivery;

import io.studycoach.progress.UserProfile;

/** What Slack says of a user (time zone, admin, deactivated), cached; the Slack side implements it. */
public interface UserDirectory {

	UserProfile profile(String teamId, String userId);

}
