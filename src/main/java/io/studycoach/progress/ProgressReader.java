package io.studycoach.progress;

import io.lettuce.core.ScoredValue;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.studycoach.learning.ActiveDays;
import io.studycoach.learning.LearnerHistory;
import io.studycoach.learning.ReviewState;
import io.studycoach.learning.StudyPlan;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** Reads a learner's progress with its four reads sent together rather than one after another. */
@Component
public class ProgressReader {

	static final String PICKS_SINCE_REVIEW = "picks_since_review";

	static final String PLAN = "plan";

	static final String EXAM_DATE = "exam_date";

	/** Tallies named like s4 are exam-guide sections; the others are study domains. */
	private static final java.util.regex.Pattern SECTION_AREA = java.util.regex.Pattern.compile("s\\d+");

	private final Redis redis;

	private final StreakCalendars calendars;

	ProgressReader(Redis redis, StreakCalendars calendars) {
		this.redis = redis;
		this.calendars = calendars;
	}

	/** The learner's streak on {@code today}, counting their study days only (see docs/learning.md). */
	public io.studycoach.learning.Streak streak(String teamId, String userId, ActiveDays days,
			java.time.LocalDate today) {
		return this.calendars.streak(teamId, userId, days, today);
	}

	/** The learner's study calendar, asked now: its reads travel with the caller's next ones. */
	public CompletableFuture<io.studycoach.learning.StudyCalendar> calendarLater(String teamId, String userId) {
		return this.calendars.calendarLater(teamId, userId);
	}

	/** The streak on {@code today} from a calendar asked earlier with {@link #calendarLater}. */
	public io.studycoach.learning.Streak streak(CompletableFuture<io.studycoach.learning.StudyCalendar> calendar,
			ActiveDays days, java.time.LocalDate today) {
		return io.studycoach.learning.Streak.of(days, Redis.await(calendar), today);
	}

	public LearnerProgress read(String teamId, String userId) {
		return readLater(teamId, userId).get();
	}

	/**
	 * Sends the learner's reads now; {@code get()} waits for them and builds the progress on the
	 * caller's thread (not Lettuce's), so the reads can travel with a request's others.
	 */
	public Supplier<LearnerProgress> readLater(String teamId, String userId) {
		RedisKeys keys = RedisKeys.team(teamId);
		RedisClusterAsyncCommands<String, String> commands = this.redis.async();
		CompletableFuture<Map<String, String>> stats = commands.hgetall(keys.learnerStats(userId)).toCompletableFuture();
		CompletableFuture<List<ScoredValue<String>>> answered = commands
			.zrangeWithScores(keys.learnerAnswered(userId), 0, -1)
			.toCompletableFuture();
		CompletableFuture<Map<String, String>> reviews = commands.hgetall(keys.learnerReviews(userId))
			.toCompletableFuture();
		CompletableFuture<byte[]> days = this.redis.binaryAsync().get(keys.learnerDays(userId)).toCompletableFuture();
		return () -> progress(stats, answered, reviews, days);
	}

	private static LearnerProgress progress(CompletableFuture<Map<String, String>> stats,
			CompletableFuture<List<ScoredValue<String>>> answered, CompletableFuture<Map<String, String>> reviews,
			CompletableFuture<byte[]> days) {
		Map<String, String> counters = Redis.await(stats);
		Map<String, Instant> lastAnswered = new HashMap<>();
		for (ScoredValue<String> entry : Redis.await(answered)) {
			lastAnswered.put(entry.getValue(), Instant.ofEpochSecond((long) entry.getScore()));
		}
		Map<String, ReviewState> reviewStates = new HashMap<>();
		Redis.await(reviews).forEach((question, state) -> reviewStates.put(question, ReviewState.decode(state)));
		int picksSinceReview = Integer.parseInt(counters.getOrDefault(PICKS_SINCE_REVIEW, "1000000"));
		Map<String, Tally> byDomain = new HashMap<>();
		Map<String, Tally> bySection = new HashMap<>();
		byDomain(counters).forEach((area, tally) -> (SECTION_AREA.matcher(area).matches() ? bySection : byDomain).put(area, tally));
		return new LearnerProgress(tally(counters, ""), byDomain, ActiveDays.fromRedisBitmap(Redis.await(days)),
				new LearnerHistory(lastAnswered, reviewStates, picksSinceReview), bySection,
				StudyPlan.parse(counters.get(PLAN)),
				java.util.Optional.ofNullable(counters.get(EXAM_DATE)).map(java.time.LocalDate::parse));
	}

	/** The learner's exam date, if they gave one. */
	public java.util.Optional<java.time.LocalDate> examDate(String teamId, String userId) {
		String stored = this.redis.sync().hget(RedisKeys.team(teamId).learnerStats(userId), EXAM_DATE);
		return stored == null ? java.util.Optional.empty() : java.util.Optional.of(java.time.LocalDate.parse(stored));
	}

	/** Sets (noting the learner's day it was set) or, with empty, clears the learner's exam date. */
	public void setExamDate(String teamId, String userId, java.util.Optional<java.time.LocalDate> date,
			java.time.LocalDate today) {
		String key = RedisKeys.team(teamId).learnerStats(userId);
		if (date.isPresent()) {
			this.redis.sync().hset(key, Map.of(EXAM_DATE, date.get().toString(), "exam_date_set", today.toString()));
		}
		else {
			this.redis.sync().hdel(key, EXAM_DATE);
		}
	}

	/** Sets the plan that weights the learner's daily questions. */
	public void setPlan(String teamId, String userId, StudyPlan plan) {
		this.redis.sync().hset(RedisKeys.team(teamId).learnerStats(userId), PLAN, plan.word());
	}

	/** Notes a question handed to a learner, so reviews stay at most one question in three. */
	public void notePick(String teamId, String userId, boolean review) {
		Redis.await(notePickLater(teamId, userId, review));
	}

	/**
	 * As {@link #notePick}, sent now and confirmed later ({@link Redis#await}): it travels with the
	 * caller's next commands instead of taking a round trip of its own.
	 */
	public CompletableFuture<?> notePickLater(String teamId, String userId, boolean review) {
		String key = RedisKeys.team(teamId).learnerStats(userId);
		if (review) {
			return this.redis.async().hset(key, PICKS_SINCE_REVIEW, "0").toCompletableFuture();
		}
		return this.redis.async().hincrby(key, PICKS_SINCE_REVIEW, 1).toCompletableFuture();
	}

	/**
	 * The counters per area: {@code d4:a}, {@code d4:r} as the answer script writes them, plus
	 * {@code d4:answered}, {@code d4:right} as earlier versions wrote them (both may be there).
	 */
	static Map<String, Tally> byDomain(Map<String, String> counters) {
		Map<String, Tally> byDomain = new HashMap<>();
		for (String field : counters.keySet()) {
			String area = field.endsWith(":answered") ? field.substring(0, field.length() - ":answered".length())
					: field.endsWith(":a") ? field.substring(0, field.length() - ":a".length()) : null;
			if (area != null) {
				Tally old = tally(counters, area + ":");
				Tally now = tally(counters, area + ":", "a", "r");
				byDomain.put(area, new Tally(old.answered() + now.answered(), old.right() + now.right()));
			}
		}
		return byDomain;
	}

	private static Tally tally(Map<String, String> counters, String prefix) {
		return tally(counters, prefix, "answered", "right");
	}

	private static Tally tally(Map<String, String> counters, String prefix, String answered, String right) {
		return new Tally(Long.parseLong(counters.getOrDefault(prefix + answered, "0")),
				Long.parseLong(counters.getOrDefault(prefix + right, "0")));
	}

}
