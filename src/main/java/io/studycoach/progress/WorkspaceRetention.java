package io.studycoach.progress;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A workspace that uninstalls the coach keeps its progress for a while, so that installing it again
 * picks up where everyone left off; then Redis expires it. Keys that already had a time to live
 * keep theirs (or the shorter of the two).
 */
@Component
public class WorkspaceRetention {

	private static final int SCAN_BATCH = 500;

	private static final RedisScript RETIRE = RedisScript.load("redis/retire-keys.lua");

	private final Redis redis;

	WorkspaceRetention(Redis redis) {
		this.redis = redis;
	}

	/** Gives every key of the workspace at most {@code keep} to live; returns how many had none before. */
	public long retire(String teamId, Duration keep) {
		RedisKeys keys = RedisKeys.team(teamId);
		long retired = 0;
		ScanCursor cursor = ScanCursor.INITIAL;
		do {
			KeyScanCursor<String> page = this.redis.sync()
				.scan(cursor, ScanArgs.Builder.matches(keys.everyKey()).limit(SCAN_BATCH));
			List<String> batch = new ArrayList<>(page.getKeys());
			batch.remove(keys.retired());
			if (!batch.isEmpty()) {
				batch.add(keys.retired());
				Long count = RETIRE.run(this.redis.sync(), ScriptOutputType.INTEGER, batch.toArray(String[]::new),
						Long.toString(keep.toSeconds()));
				retired += count;
			}
			cursor = page;
		}
		while (!cursor.isFinished());
		return retired;
	}

	/** Keeps again, for good, what {@link #retire} set to expire; returns how many keys. */
	public long restore(String teamId) {
		RedisKeys keys = RedisKeys.team(teamId);
		long restored = 0;
		for (String key : this.redis.sync().smembers(keys.retired())) {
			if (Boolean.TRUE.equals(this.redis.sync().persist(key))) {
				restored++;
			}
		}
		this.redis.sync().del(keys.retired());
		return restored;
	}

}
