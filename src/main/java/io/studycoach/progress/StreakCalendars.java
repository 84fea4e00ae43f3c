package io.studycoach.progress;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.studycoach.learning.ActiveDays;
import io.studycoach.learning.Streak;
import io.studycoach.learning.StudyCalendar;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/** Each learner's {@link StudyCalendar}: their schedules' days and the vacation days they hold. */
@Component
public class StreakCalendars {

	private final Redis redis;

	private final StudySchedules schedules;

	StreakCalendars(Redis redis, StudySchedules schedules) {
		this.redis = redis;
		this.schedules = schedules;
	}

	public StudyCalendar calendar(String teamId, String userId) {
		return Redis.await(calendarLater(teamId, userId));
	}

	/** The calendar, asked now: its reads go out together and travel with whatever the caller asks next. */
	public CompletableFuture<StudyCalendar> calendarLater(String teamId, String userId) {
		CompletableFuture<byte[]> held = this.redis.binaryAsync()
			.get(RedisKeys.team(teamId).learnerHeld(userId))
			.toCompletableFuture();
		return this.schedules.studyDaysLater(teamId, userId)
			.thenCombine(held, (days, bitmap) -> new StudyCalendar(days, ActiveDays.fromRedisBitmap(bitmap)));
	}

	/** The calendars of many learners, read together (a summary's streaks). */
	public Map<String, StudyCalendar> calendars(String teamId, Collection<String> userIds) {
		RedisKeys keys = RedisKeys.team(teamId);
		Map<String, CompletableFuture<byte[]>> held = new HashMap<>();
		userIds.forEach(user -> held.put(user, this.redis.binaryAsync().get(keys.learnerHeld(user)).toCompletableFuture()));
		Map<String, Set<DayOfWeek>> days = this.schedules.studyDays(teamId, userIds);
		Map<String, StudyCalendar> calendars = new HashMap<>();
		userIds.forEach(user -> calendars.put(user,
				new StudyCalendar(days.get(user), ActiveDays.fromRedisBitmap(Redis.await(held.get(user))))));
		return calendars;
	}

	/** The learner's streak on {@code today} from their answered days. */
	public Streak streak(String teamId, String userId, ActiveDays days, LocalDate today) {
		return Streak.of(days, calendar(teamId, userId), today);
	}

	/**
	 * Holds the streak from {@code from} for {@code days} days; a vacation already running is replaced.
	 *
	 * @param days 1 to {@value StudyCalendar#MAX_HOLD_DAYS}
	 */
	public void hold(String teamId, String userId, LocalDate from, int days) {
		if (days < 1 || days > StudyCalendar.MAX_HOLD_DAYS) {
			throw new IllegalArgumentException("A vacation runs 1 to " + StudyCalendar.MAX_HOLD_DAYS + " days: " + days);
		}
		setDays(teamId, userId, from, days);
	}

	/** Ends a running vacation: from {@code from} on, days count again. */
	public void endHold(String teamId, String userId, LocalDate from) {
		setDays(teamId, userId, from, 0);
	}

	private void setDays(String teamId, String userId, LocalDate from, int held) {
		String key = RedisKeys.team(teamId).learnerHeld(userId);
		RedisClusterAsyncCommands<String, String> commands = this.redis.async();
		List<CompletableFuture<Long>> writes = new ArrayList<>();
		// Sent together; each write is idempotent, so a retry after a failure ends in the same state.
		for (int i = 0; i < StudyCalendar.MAX_HOLD_DAYS; i++) {
			writes.add(commands.setbit(key, ActiveDays.offset(from.plusDays(i)), i < held ? 1 : 0).toCompletableFuture());
		}
		writes.forEach(Redis::await);
	}

}
