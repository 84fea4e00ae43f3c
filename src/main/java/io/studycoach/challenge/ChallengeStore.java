package io.studycoach.challenge;

import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Challenges and their participants in Redis. */
@Component
public class ChallengeStore {

	private final Redis redis;

	ChallengeStore(Redis redis) {
		this.redis = redis;
	}

	/**
	 * Makes {@code challenge} the channel's running challenge unless one already runs: the pointer is
	 * set with NX, so two leads starting at once get one challenge.
	 */
	public boolean create(String teamId, Challenge challenge, String createdBy) {
		RedisKeys keys = RedisKeys.team(teamId);
		String set = this.redis.sync().set(keys.channelChallenge(challenge.channelId()), challenge.id(), SetArgs.Builder.nx());
		if (!"OK".equals(set)) {
			return false;
		}
		Map<String, String> fields = new HashMap<>();
		fields.put("channel", challenge.channelId());
		fields.put("name", challenge.name());
		fields.put("domains", String.join(",", challenge.domains()));
		fields.put("per_day", Integer.toString(challenge.perDay()));
		fields.put("start", challenge.start().toString());
		fields.put("end", challenge.end().toString());
		fields.put("zone", challenge.zone().getId());
		fields.put("status", "active");
		fields.put("created_by", createdBy);
		this.redis.sync().hset(keys.challenge(challenge.id()), fields);
		return true;
	}

	public Optional<Challenge> find(String teamId, String challengeId) {
		Map<String, String> f = this.redis.sync().hgetall(RedisKeys.team(teamId).challenge(challengeId));
		if (f.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Challenge(challengeId, f.get("channel"), f.get("name"),
				Arrays.asList(f.get("domains").split(",")), Integer.parseInt(f.get("per_day")),
				LocalDate.parse(f.get("start")), LocalDate.parse(f.get("end")), ZoneId.of(f.get("zone")),
				"active".equals(f.get("status"))));
	}

	public Optional<Challenge> running(String teamId, String channelId) {
		String id = this.redis.sync().get(RedisKeys.team(teamId).channelChallenge(channelId));
		return id == null ? Optional.empty() : find(teamId, id).filter(Challenge::active);
	}

	/** Ends the challenge; true only for the one caller that ended it, so the final standings post once. */
	public boolean close(String teamId, Challenge challenge) {
		RedisKeys keys = RedisKeys.team(teamId);
		boolean first = Boolean.TRUE.equals(this.redis.sync().hsetnx(keys.challenge(challenge.id()), "closed", "1"));
		this.redis.sync().hset(keys.challenge(challenge.id()), "status", "ended");
		this.redis.sync().del(keys.channelChallenge(challenge.channelId()));
		return first;
	}

	/** Adds a participant; false when they had already joined. */
	public boolean join(String teamId, String challengeId, String userId, Instant at) {
		RedisKeys keys = RedisKeys.team(teamId);
		Long added = this.redis.sync()
			.zadd(keys.challengeMembers(challengeId), io.lettuce.core.ZAddArgs.Builder.nx(), at.getEpochSecond(), userId);
		this.redis.sync().sadd(keys.learnerChallenges(userId), challengeId);
		return added != null && added == 1L;
	}

	/** How many have joined, whether or not they have answered yet. */
	public long memberCount(String teamId, String challengeId) {
		Long count = this.redis.sync().zcard(RedisKeys.team(teamId).challengeMembers(challengeId));
		return count == null ? 0 : count;
	}

	/** The lead who started it, or "" for a challenge stored before this was kept. */
	public String createdBy(String teamId, String challengeId) {
		String lead = this.redis.sync().hget(RedisKeys.team(teamId).challenge(challengeId), "created_by");
		return lead == null ? "" : lead;
	}

	public Set<String> joinedBy(String teamId, String userId) {
		return this.redis.sync().smembers(RedisKeys.team(teamId).learnerChallenges(userId));
	}

}
