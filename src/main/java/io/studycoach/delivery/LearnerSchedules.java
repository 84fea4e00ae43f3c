package io.studycoach.delivery;

import io.studycoach.progress.BoardScope;
import io.studycoach.progress.StudySchedules;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.Set;

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

	private final ChannelStore channels;

	private final SubscriptionStore subscriptions;

	LearnerSchedules(Redis redis, ChannelStore channels, SubscriptionStore subscriptions) {
		this.redis = redis;
		this.channels = channels;
		this.subscriptions = subscriptions;
	}

	@Override
	public Set<DayOfWeek> studyDays(String teamId, String userId) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		this.subscriptions.find(teamId, userId).ifPresent(s -> days.addAll(daysOf(s.schedule().days())));
		RedisKeys keys = RedisKeys.team(teamId);
		// Asked together: this runs on the answer's path, before its feedback.
		Map<String, CompletableFuture<Boolean>> member = new HashMap<>();
		for (String channelId : this.channels.channels(teamId)) {
			member.put(channelId, this.redis.async()
				.hexists(keys.boardStats(BoardScope.channelAllTime(channelId).key()), userId)
				.toCompletableFuture());
		}
		member.forEach((channelId, answered) -> {
			if (Boolean.TRUE.equals(answered.join())) {
				this.channels.find(teamId, channelId).ifPresent(c -> days.addAll(daysOf(c.schedule().days())));
			}
		});
		return days;
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
