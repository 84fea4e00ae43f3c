package io.studycoach.slack.web;

import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import io.studycoach.delivery.UserDirectory;
import io.studycoach.delivery.WorkspaceBreaker;
import io.studycoach.ops.ThrottledWarning;
import io.studycoach.progress.ProfileCache;
import io.studycoach.progress.UserProfile;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * What Slack says of a user (users.info: {@code tz}, admin or owner, deactivated), cached in Redis
 * for a day. When Slack cannot say, UTC and not an admin, and nothing is cached, so the next call asks
 * again.
 */
@Component
public class SlackUsers implements UserDirectory, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SlackUsers.class);

	private final ThrottledWarning skipped = new ThrottledWarning(logger, Duration.ofSeconds(10),
			"Too many profile look-ups waiting; one was skipped");

	private final ThrottledWarning fetchFailed = new ThrottledWarning(logger, Duration.ofSeconds(10),
			"Fetching a profile failed: {}");

	private final ProfileCache cache;

	private final SlackCalls slack;

	/** Profile look-ups made after an acknowledgement; bounded, with no caller-runs fallback. */
	private final ThreadPoolExecutor fetcher;

	private final Set<String> fetching = ConcurrentHashMap.newKeySet();

	private final WorkspaceBreaker breaker;

	public SlackUsers(ProfileCache cache, SlackCalls slack, WorkspaceBreaker breaker) {
		this.cache = cache;
		this.slack = slack;
		this.breaker = breaker;
		AtomicInteger count = new AtomicInteger();
		this.fetcher = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), task -> {
			Thread thread = new Thread(task, "slack-users-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}, new ThreadPoolExecutor.AbortPolicy());
	}

	@Override
	public UserProfile profile(String teamId, String userId) {
		Optional<UserProfile> cached = this.cache.get(teamId, userId);
		if (cached.isPresent()) {
			return cached.get();
		}
		Optional<Fetched> fresh = fetch(teamId, userId);
		fresh.filter(Fetched::cacheable).ifPresent(fetched -> this.cache.put(teamId, userId, fetched.profile()));
		return fresh.map(Fetched::profile).orElse(new UserProfile(ZoneOffset.UTC, false, false));
	}

	public ZoneId zone(String teamId, String userId) {
		return profile(teamId, userId).zone();
	}

	/**
	 * The member's zone without waiting on Slack, for replies that go back in the acknowledgement:
	 * the cached one, or UTC for now while the profile is fetched in the background for next time.
	 */
	public ZoneId zoneWithoutWaiting(String teamId, String userId) {
		Optional<UserProfile> cached = cached(teamId, userId);
		if (cached.isEmpty()) {
			fetchLater(teamId, userId);
		}
		return cached.map(UserProfile::zone).orElse(ZoneOffset.UTC);
	}

	/**
	 * The profile as cached, without asking Slack: for work that must not wait on Slack, such as
	 * recording an answer before its acknowledgement. Empty when nothing is cached.
	 */
	public Optional<UserProfile> cached(String teamId, String userId) {
		return this.cache.get(teamId, userId);
	}

	/** The same, asked for now and read when needed, so it travels with a request's other reads. */
	@Override
	public CompletableFuture<Optional<UserProfile>> cachedLater(String teamId, String userId) {
		return this.cache.getLater(teamId, userId);
	}

	/**
	 * Fetches and caches the profile later, on threads of its own, so that a slow users.info delays
	 * neither the caller nor the replies on the responder's threads. One fetch per user at a time;
	 * when too many wait, the fetch is skipped (the next look-up asks again).
	 */
	public void fetchLater(String teamId, String userId) {
		String key = teamId + "/" + userId;
		if (!this.fetching.add(key)) {
			return;
		}
		try {
			this.fetcher.execute(() -> {
				try {
					profile(teamId, userId);
				}
				catch (RuntimeException ex) {
					this.fetchFailed.warn(ex.getMessage());
				}
				finally {
					this.fetching.remove(key);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.fetching.remove(key);
			this.skipped.warn();
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.fetcher.shutdown();
		this.fetcher.awaitTermination(5, TimeUnit.SECONDS);
	}

	/** Reads the user from Slack again (after a user_change event) and caches what it says. */
	public UserProfile refresh(String teamId, User user) {
		UserProfile profile = toProfile(user);
		this.cache.put(teamId, user.getId(), profile);
		return profile;
	}

	private Optional<Fetched> fetch(String teamId, String userId) {
		try {
			UsersInfoResponse response = this.slack.call(teamId, "users.info", c -> c.usersInfo(r -> r.user(userId)));
			if (!response.isOk() || response.getUser() == null) {
				// A token of another workspace finds nobody: "not found" means gone only where other calls work.
				// Asked again next time rather than cached, so a wrong token never leaves a member marked gone.
				return "user_not_found".equals(response.getError()) && this.breaker.confirms(teamId)
						? Optional.of(new Fetched(new UserProfile(ZoneOffset.UTC, false, true), false)) : Optional.empty();
			}
			return Optional.of(new Fetched(toProfile(response.getUser()), true));
		}
		catch (RuntimeException ex) {
			logger.warn("users.info failed: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/** What users.info said, and whether it may be kept for a day. */
	private record Fetched(UserProfile profile, boolean cacheable) {
	}

	private static UserProfile toProfile(User user) {
		ZoneId zone = ZoneOffset.UTC;
		try {
			if (user.getTz() != null) {
				zone = ZoneId.of(user.getTz());
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Slack gave a time zone Java does not know; using UTC");
		}
		return new UserProfile(zone, user.isAdmin() || user.isOwner() || user.isPrimaryOwner(), user.isDeleted(),
				name(user));
	}

	/** The name Slack shows for the member: their display name, else their full name, else their handle. */
	private static String name(User user) {
		User.Profile profile = user.getProfile();
		for (String name : new String[] { profile == null ? null : profile.getDisplayName(),
				profile == null ? null : profile.getRealName(), user.getRealName(), user.getName() }) {
			if (name != null && !name.isBlank()) {
				return name.strip();
			}
		}
		return "";
	}

}
