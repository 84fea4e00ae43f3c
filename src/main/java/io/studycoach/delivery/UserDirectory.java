package io.studycoach.delivery;

import io.studycoach.progress.UserProfile;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What Slack says of a user (time zone, admin, deactivated), cached; the Slack side implements it. */
public interface UserDirectory {

	UserProfile profile(String teamId, String userId);

	/**
	 * The profile as cached, without asking Slack, asked now and read later; empty when nothing is
	 * cached (or none is kept).
	 */
	default CompletableFuture<Optional<UserProfile>> cachedLater(String teamId, String userId) {
		return CompletableFuture.completedFuture(Optional.empty());
	}

}
