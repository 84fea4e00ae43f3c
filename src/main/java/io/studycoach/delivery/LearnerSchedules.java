package io.studycoach.delivery;

import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.StudySchedules;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * The days a learner's schedules ask a question: their daily DM's days, and the days of each study
 * channel they answer in (a member who has answered there, so is on its all-time board). A paused
 * channel still counts: a pause is meant to be short, and a vacation is the learner's own hold.
 */
@Component
class LearnerSchedules implements StudySchedules {

	/** A week with no weekend, to read which days a {@link StudyDays} includes. */
	private static final LocalDate A_MONDAY = LocalDate.of(2024, 1, 1);

	private final Redis redis;

	LearnerSchedules(Redis redis) {
		this.redis = redis;
	}

	@Override
	public Set<DayOfWeek> studyDays(String teamId, String userId) {
		return Redis.await(studyDaysLater(teamId, userId));
	}

	/** Two round trips, the second chained on the first without a thread waiting: this is on the answer's path. */
	@Override
	public CompletableFuture<Set<DayOfWeek>> studyDaysLater(String teamId, String userId) {
		RedisKeys keys = RedisKeys.team(teamId);
		RedisClusterAsyncCommands<String, String> commands = this.redis.async();
		CompletableFuture<String> dmDays = commands.hget(keys.subscription(userId), "days").toCompletableFuture();
		return commands.smembers(keys.channels()).toCompletableFuture().thenCompose(channelIds -> {
			Map<String, CompletableFuture<Boolean>> answered = new HashMap<>();
			Map<String, CompletableFuture<String>> channelDays = new HashMap<>();
			for (String channelId : channelIds) {
				answered.put(channelId, commands
					.hexists(keys.boardStats(BoardScope.channelAllTime(channelId).key()), userId)
					.toCompletableFuture());
				channelDays.put(channelId, commands.hget(keys.channel(channelId), "days").toCompletableFuture());
			}
			List<CompletableFuture<?>> replies = new ArrayList<>(answered.values());
			replies.addAll(channelDays.values());
			replies.add(dmDays);
			return CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).thenApply(done -> {
				Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
				addDays(days, dmDays.join());
				answered.forEach((channelId, yes) -> {
					if (Boolean.TRUE.equals(yes.join())) {
						addDays(days, channelDays.get(channelId).join());
					}
				});
				return days;
			});
		});
	}

	/** Three round trips for any number of learners: the channels and their days, then every learner's reads at once. */
	@Override
	public Map<String, Set<DayOfWeek>> studyDays(String teamId, Collection<String> userIds) {
		RedisKeys keys = RedisKeys.team(teamId);
		RedisClusterAsyncCommands<String, String> commands = this.redis.async();
		Map<String, CompletableFuture<String>> channelDays = new HashMap<>();
		for (String channelId : Redis.await(commands.smembers(keys.channels()).toCompletableFuture())) {
			channelDays.put(channelId, commands.hget(keys.channel(channelId), "days").toCompletableFuture());
		}
		Map<String, CompletableFuture<String>> dmDays = new HashMap<>();
		Map<String, Map<String, CompletableFuture<Boolean>>> answered = new HashMap<>();
		for (String user : userIds) {
			dmDays.put(user, commands.hget(keys.subscription(user), "days").toCompletableFuture());
			Map<String, CompletableFuture<Boolean>> in = new HashMap<>();
			channelDays.keySet().forEach(channelId -> in.put(channelId, commands
				.hexists(keys.boardStats(BoardScope.channelAllTime(channelId).key()), user)
				.toCompletableFuture()));
			answered.put(user, in);
		}
		Map<String, Set<DayOfWeek>> days = new HashMap<>();
		for (String user : userIds) {
			Set<DayOfWeek> own = EnumSet.noneOf(DayOfWeek.class);
			addDays(own, Redis.await(dmDays.get(user)));
			answered.get(user).forEach((channelId, yes) -> {
				if (Boolean.TRUE.equals(Redis.await(yes))) {
					addDays(own, Redis.await(channelDays.get(channelId)));
				}
			});
			days.put(user, own);
		}
		return days;
	}

	/** A schedule's days as {@link SubscriptionStore} and {@link ChannelStore} keep them; absent adds none. */
	private static void addDays(Set<DayOfWeek> days, String stored) {
		if (stored != null) {
			days.addAll(daysOf(StudyDays.valueOf(stored)));
		}
	}

	static Set<DayOfWeek> daysOf(StudyDays studyDays) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (int i = 0; i < 7; i++) {
			LocalDate day = A_MONDAY.plusDays(i);
			if (studyDays.includes(day)) {
				days.add(day.getDayOfWeek());
			}
		}
		return days;
	}

}
