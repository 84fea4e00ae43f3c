package io.studycoach.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Deletes one workspace's data from the embedded redis-server, and only from it: the sandbox's Reset.
 * On any Redis named by {@code REDIS_URL} it refuses, so no shared or production data can be wiped.
 */
@Component
public class EmbeddedWipe {

	private static final int SCAN_BATCH = 500;

	private final RedisProperties properties;

	private final Redis redis;

	EmbeddedWipe(RedisProperties properties, Redis redis) {
		this.properties = properties;
		this.redis = redis;
	}

	/**
	 * Removes every key of the workspace, its entry in the list of workspaces and the question
	 * difficulties learned from its answers (the embedded server serves nobody else).
	 *
	 * @return how many keys and entries were removed
	 * @throws IllegalStateException when the coach is not on its embedded Redis
	 */
	public long wipe(String teamId) {
		if (!this.properties.embedded()) {
			throw new IllegalStateException("Only the embedded Redis is ever wiped, and REDIS_URL names another");
		}
		RedisClusterCommands<String, String> commands = this.redis.sync();
		long removed = 0;
		ScanCursor cursor = ScanCursor.INITIAL;
		do {
			KeyScanCursor<String> page = commands.scan(cursor,
					ScanArgs.Builder.matches(RedisKeys.team(teamId).everyKey()).limit(SCAN_BATCH));
			List<String> keys = page.getKeys();
			if (!keys.isEmpty()) {
				removed += commands.del(keys.toArray(String[]::new));
			}
			cursor = page;
		}
		while (!cursor.isFinished());
		removed += commands.srem(RedisKeys.teams(), teamId);
		removed += commands.del(RedisKeys.questionDifficulties());
		return removed;
	}

}
