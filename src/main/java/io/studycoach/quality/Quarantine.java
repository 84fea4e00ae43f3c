package io.studycoach.quality;

import io.lettuce.core.ScriptOutputType;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.HeldQuestions;
import io.studycoach.ops.CoachMetrics;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The questions not served to anyone while their key is in doubt (deployment-wide). Selection asks
 * on every pick, so the set is read from Redis at most once every {@link #REFRESH_MILLIS}; a change
 * made here is seen at once, one made by another instance within that time. A question whose
 * {@code reviewed} date in the bank is newer than when it was quarantined is cleared by the content
 * change itself.
 */
@Component
public class Quarantine implements HeldQuestions {

	static final long REFRESH_MILLIS = 5_000;

	private static final Logger logger = LoggerFactory.getLogger(Quarantine.class);

	private static final RedisScript CLEAR = RedisScript.load("redis/quality-clear.lua");

	private static final RedisScript HOLD = RedisScript.load("redis/quality-hold.lua");

	private final Redis redis;

	private final QuestionBank bank;

	private final CoachMetrics metrics;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Long.MIN_VALUE / 2);

	Quarantine(Redis redis, QuestionBank bank, CoachMetrics metrics, Clock clock) {
		this.redis = redis;
		this.bank = bank;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public Set<String> held() {
		return entries().keySet();
	}

	public boolean isHeld(String questionId) {
		return entries().containsKey(questionId);
	}

	/** Quarantined question id to "epoch second|reviewed then|why". */
	public Map<String, String> entries() {
		Snapshot current = this.snapshot;
		if (System.nanoTime() / 1_000_000 - current.readAt() < REFRESH_MILLIS) {
			return current.entries();
		}
		return reload();
	}

	/** Notes a quarantine this instance has just begun (the report script already stored it). */
	void begun(String questionId, String why) {
		logger.warn("Question {} is quarantined ({}): no longer served until an operator clears it", questionId, why);
		this.metrics.questionQuarantined(why);
		reload();
	}

	/**
	 * Quarantines questions on their statistics, all in one script; one log line and one count each
	 * for those not quarantined before.
	 *
	 * @return the ids newly quarantined
	 */
	List<String> hold(Collection<String> questionIds, String why) {
		if (questionIds.isEmpty()) {
			return List.of();
		}
		long now = this.clock.instant().getEpochSecond();
		List<String> args = new ArrayList<>();
		for (String id : questionIds) {
			args.add(id);
			args.add(now + "|" + this.bank.question(id).map(Question::reviewed).orElse("") + "|" + why);
		}
		List<String> added = HOLD.run(this.redis.sync(), ScriptOutputType.MULTI,
				new String[] { RedisKeys.questionQuarantine() }, args.toArray(String[]::new));
		for (String id : added) {
			logger.warn("Question {} is quarantined ({}): no longer served until an operator clears it", id, why);
			this.metrics.questionQuarantined(why);
		}
		if (!added.isEmpty()) {
			reload();
		}
		return added;
	}

	/**
	 * Clears a question: served again, its open reports closed.
	 *
	 * @param by {@code command} (an operator) or {@code content} (a newer reviewed date)
	 * @return true when it was quarantined
	 */
	public boolean clear(String questionId, String by) {
		boolean cleared = clearInRedis(questionId, by);
		reload();
		return cleared;
	}

	private boolean clearInRedis(String questionId, String by) {
		String reviewed = this.bank.question(questionId).map(Question::reviewed).orElse("");
		String[] args = Stream.concat(Stream.of(questionId, Long.toString(this.clock.instant().getEpochSecond()),
				reviewed, by), Arrays.stream(Reason.values()).map(Reason::code)).toArray(String[]::new);
		Long was = CLEAR.run(this.redis.sync(), ScriptOutputType.INTEGER,
				new String[] { RedisKeys.questionReports(), RedisKeys.questionReportsClosed(),
						RedisKeys.questionQuarantine(), RedisKeys.questionCleared() },
				args);
		boolean cleared = was != null && was == 1L;
		if (cleared) {
			logger.info("Question {} is cleared ({}) and served again", questionId, by);
			this.metrics.questionCleared(by);
		}
		return cleared;
	}

	private Map<String, String> reload() {
		Map<String, String> stored = new HashMap<>(this.redis.sync().hgetall(RedisKeys.questionQuarantine()));
		for (String id : Set.copyOf(stored.keySet())) {
			if (reviewedSince(id, stored.get(id))) {
				clearInRedis(id, "content");
				stored.remove(id);
			}
		}
		Map<String, String> entries = Map.copyOf(stored);
		this.snapshot = new Snapshot(entries, System.nanoTime() / 1_000_000);
		return entries;
	}

	/** The bank's reviewed date (year and month) is later than the one the question had when quarantined. */
	private boolean reviewedSince(String questionId, String entry) {
		String[] parts = entry.split("\\|", 3);
		String then = parts.length > 1 ? parts[1] : "";
		String now = this.bank.question(questionId).map(Question::reviewed).orElse("");
		return !now.isEmpty() && now.compareTo(then) > 0;
	}

	private record Snapshot(Map<String, String> entries, long readAt) {
	}

}
