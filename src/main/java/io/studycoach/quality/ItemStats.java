package io.studycoach.quality;

import io.lettuce.core.ScriptOutputType;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Adds each learner's first attempt at a question to the deployment-wide item figures: one small
 * script, one round trip, after the answer itself is recorded.
 */
@Component
public class ItemStats {

	private static final RedisScript RECORD = RedisScript.load("redis/quality-item.lua");

	private final Redis redis;

	private final QualityProperties properties;

	ItemStats(Redis redis, QualityProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/**
	 * @param letters the letters picked
	 * @param ability the learner's ability estimate for the question (logits) before this answer
	 */
	public void firstAttempt(String questionId, Collection<Character> letters, boolean right, double ability) {
		String picked = letters.stream().sorted().map(String::valueOf).collect(Collectors.joining());
		boolean strong = ability >= this.properties.strongAbility();
		RECORD.run(this.redis.sync(), ScriptOutputType.INTEGER, new String[] { RedisKeys.questionStats() }, questionId,
				right ? "1" : "0", Double.toString(ability), strong ? "1" : "0", picked);
	}

}
