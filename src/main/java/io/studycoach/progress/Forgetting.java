package io.studycoach.progress;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.studycoach.quality.ProblemReports;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * {@code /quiz forget-me}: removes everything the coach keeps about one member of a workspace: their
 * own keys, their answers to every question, their places on every leaderboard and challenge, their
 * subscription and schedule entries, their lead roles and their problem reports. Aggregate counts
 * that name nobody (a channel's daily tallies, reports counted by reason) stay.
 */
@Component
public class Forgetting {

	private static final int SCAN_BATCH = 500;

	private final Redis redis;

	private final ProblemReports reports;

	Forgetting(Redis redis, ProblemReports reports) {
		this.redis = redis;
		this.reports = reports;
	}

	/** @return how many keys and entries were removed */
	public long forget(String teamId, String userId) {
		RedisClusterCommands<String, String> commands = this.redis.sync();
		RedisKeys keys = RedisKeys.team(teamId);
		long removed = 0;
		List<String> ownKeys = new ArrayList<>();
		scan(keys.learnerPattern(userId), ownKeys::add);
		scan(keys.sentPattern(userId), ownKeys::add);
		if (!ownKeys.isEmpty()) {
			removed += commands.del(ownKeys.toArray(String[]::new));
		}
		removed += commands.srem(keys.subscribers(), userId);
		removed += commands.srem(keys.boardsOff(), userId);
		List<String> dueTargets = new ArrayList<>();
		for (String target : commands.zrange(keys.due(), 0, -1)) {
			if (target.endsWith(":" + userId)) {
				dueTargets.add(target);
			}
		}
		if (!dueTargets.isEmpty()) {
			removed += commands.zrem(keys.due(), dueTargets.toArray(String[]::new));
		}
		List<String> hashes = new ArrayList<>();
		scan(keys.deliveryAnswersPattern(), hashes::add);
		scan(keys.boardStatsPattern(), hashes::add);
		for (String hash : hashes) {
			removed += commands.hdel(hash, userId);
		}
		List<String> sortedSets = new ArrayList<>();
		scan(keys.boardPointsPattern(), sortedSets::add);
		scan(keys.challengeMembersPattern(), sortedSets::add);
		for (String set : sortedSets) {
			removed += commands.zrem(set, userId);
		}
		List<String> leadSets = new ArrayList<>();
		scan(keys.channelLeadsPattern(), leadSets::add);
		for (String set : leadSets) {
			removed += commands.srem(set, userId);
		}
		removed += forgetDeliveriesAndSetups(commands, keys, userId);
		// Their problem reports went with their own keys; the workspace's index of them goes here. The
		// deployment-wide counts by reason stay: they name nobody.
		removed += this.reports.forget(teamId, userId);
		return removed;
	}

	/** Deliveries handed to the member, and channels they set up (the channel keeps running). */
	private long forgetDeliveriesAndSetups(RedisClusterCommands<String, String> commands, RedisKeys keys, String userId) {
		long removed = 0;
		List<String> deliveries = new ArrayList<>();
		scan(keys.deliveryPattern(), key -> {
			if (key.chars().filter(c -> c == ':').count() == 3) {
				deliveries.add(key);
			}
		});
		for (String key : deliveries) {
			String value = commands.get(key);
			if (value != null && value.startsWith(userId + "|")) {
				removed += commands.del(key);
			}
		}
		List<String> channels = new ArrayList<>();
		scan(keys.channelPattern(), key -> {
			if (key.chars().filter(c -> c == ':').count() == 3) {
				channels.add(key);
			}
		});
		for (String channel : channels) {
			if ("hash".equals(commands.type(channel)) && userId.equals(commands.hget(channel, "setup_by"))) {
				commands.hset(channel, "setup_by", "");
				removed++;
			}
		}
		return removed;
	}

	private void scan(String pattern, Consumer<String> each) {
		ScanCursor cursor = ScanCursor.INITIAL;
		do {
			KeyScanCursor<String> page = this.redis.sync().scan(cursor, ScanArgs.Builder.matches(pattern).limit(SCAN_BATCH));
			page.getKeys().forEach(each);
			cursor = page;
		}
		while (!cursor.isFinished());
	}

}
