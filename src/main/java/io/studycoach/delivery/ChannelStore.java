package io.studycoach.delivery;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.studycoach.learning.StudyPlan;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Study channels' settings and leads in Redis. */
@Component
public class ChannelStore {

	private final Redis redis;

	ChannelStore(Redis redis) {
		this.redis = redis;
	}

	public Optional<ChannelSettings> find(String teamId, String channelId) {
		Map<String, String> fields = this.redis.sync().hgetall(RedisKeys.team(teamId).channel(channelId));
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ChannelSettings(channelId,
				new SendSchedule(LocalTime.parse(fields.get("time")), StudyDays.valueOf(fields.get("days"))),
				ZoneId.of(fields.get("zone")), "1".equals(fields.get("paused")),
				fields.getOrDefault("paused_reason", ""), fields.getOrDefault("setup_by", ""),
				fields.getOrDefault("last", "")));
	}

	public void save(String teamId, ChannelSettings settings) {
		RedisKeys keys = RedisKeys.team(teamId);
		Map<String, String> fields = new HashMap<>();
		fields.put("time", settings.schedule().time().toString());
		fields.put("days", settings.schedule().days().name());
		fields.put("zone", settings.zone().getId());
		fields.put("paused", settings.paused() ? "1" : "0");
		fields.put("paused_reason", settings.pausedReason());
		fields.put("setup_by", settings.setupBy());
		RedisClusterCommands<String, String> commands = this.redis.sync();
		commands.hset(keys.channel(settings.channelId()), fields);
		commands.sadd(keys.channels(), settings.channelId());
	}

	public void pause(String teamId, String channelId, PauseReason reason) {
		setPaused(teamId, channelId, true, reason.name());
	}

	public void resume(String teamId, String channelId) {
		setPaused(teamId, channelId, false, "");
	}

	private void setPaused(String teamId, String channelId, boolean paused, String reason) {
		this.redis.sync()
			.hset(RedisKeys.team(teamId).channel(channelId),
					Map.of("paused", paused ? "1" : "0", "paused_reason", paused ? reason : ""));
	}

	public void setLastDelivery(String teamId, String channelId, String deliveryId) {
		this.redis.sync().hset(RedisKeys.team(teamId).channel(channelId), "last", deliveryId);
	}

	/** When the channel's weekly summary goes out (Monday 09:00 unless a lead changed it). */
	public WeeklySchedule summarySchedule(String teamId, String channelId) {
		Map<String, String> fields = this.redis.sync().hgetall(RedisKeys.team(teamId).channel(channelId));
		if (!fields.containsKey("summary_day")) {
			return WeeklySchedule.DEFAULT;
		}
		return new WeeklySchedule(java.time.DayOfWeek.valueOf(fields.get("summary_day")),
				LocalTime.parse(fields.get("summary_time")));
	}

	public void setSummarySchedule(String teamId, String channelId, WeeklySchedule schedule) {
		this.redis.sync()
			.hset(RedisKeys.team(teamId).channel(channelId),
					Map.of("summary_day", schedule.day().name(), "summary_time", schedule.time().toString()));
	}

	/** The plan that weights the channel's daily questions (the data engineer's by default). */
	public StudyPlan plan(String teamId, String channelId) {
		return StudyPlan.parse(this.redis.sync().hget(RedisKeys.team(teamId).channel(channelId), "plan"));
	}

	public void setPlan(String teamId, String channelId, StudyPlan plan) {
		this.redis.sync().hset(RedisKeys.team(teamId).channel(channelId), "plan", plan.word());
	}

	/** The focus domain a weekly summary chose for the week starting {@code monday}, if any. */
	public Optional<String> focus(String teamId, String channelId, java.time.LocalDate monday) {
		Map<String, String> fields = this.redis.sync().hgetall(RedisKeys.team(teamId).channel(channelId));
		return monday.toString().equals(fields.get("focus_week")) ? Optional.ofNullable(fields.get("focus"))
				: Optional.empty();
	}

	public void setFocus(String teamId, String channelId, String domainId, java.time.LocalDate monday) {
		this.redis.sync()
			.hset(RedisKeys.team(teamId).channel(channelId), Map.of("focus", domainId, "focus_week", monday.toString()));
	}

	public Set<String> channels(String teamId) {
		return this.redis.sync().smembers(RedisKeys.team(teamId).channels());
	}

	public Set<String> addedLeads(String teamId, String channelId) {
		return this.redis.sync().smembers(RedisKeys.team(teamId).channelLeads(channelId));
	}

	public void addLead(String teamId, String channelId, String userId) {
		this.redis.sync().sadd(RedisKeys.team(teamId).channelLeads(channelId), userId);
	}

	public void removeLead(String teamId, String channelId, String userId) {
		this.redis.sync().srem(RedisKeys.team(teamId).channelLeads(channelId), userId);
	}

}
