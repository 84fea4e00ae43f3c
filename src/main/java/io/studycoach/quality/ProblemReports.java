package io.studycoach.quality;

import io.lettuce.core.Range;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Learners' problem reports. A report is kept a year under the learner (so forget-me removes it with
 * the rest of their keys) and listed in the workspace's index for its admins; only its reason is
 * counted deployment-wide, naming nobody. One report per learner and question counts: a later one
 * replaces it and moves the count. The count and the quarantine it may start change in one script.
 */
@Component
public class ProblemReports {

	public static final Duration LIFETIME = Duration.ofDays(365);

	private static final RedisScript COUNT = RedisScript.load("redis/quality-report.lua");

	private final Redis redis;

	private final QuestionBank bank;

	private final Quarantine quarantine;

	private final QualityProperties properties;

	ProblemReports(Redis redis, QuestionBank bank, Quarantine quarantine, QualityProperties properties) {
		this.redis = redis;
		this.bank = bank;
		this.quarantine = quarantine;
		this.properties = properties;
	}

	/** Stores a report, replacing the learner's earlier one on the same question. */
	public Submitted submit(ProblemReport report) {
		RedisClusterCommands<String, String> commands = this.redis.sync();
		RedisKeys keys = RedisKeys.team(report.teamId());
		String earlier = commands.setGet(keys.learnerReport(report.userId(), report.questionId()), report.encode(),
				SetArgs.Builder.ex(LIFETIME));
		long now = report.at().getEpochSecond();
		commands.zadd(keys.reports(), now, report.questionId() + "|" + report.userId());
		commands.zremrangebyscore(keys.reports(), Range.create(0, now - LIFETIME.toSeconds()));
		Optional<ProblemReport> replaced = Optional.ofNullable(earlier)
			.map(value -> ProblemReport.decode(report.teamId(), report.userId(), report.questionId(), value));
		String reviewed = this.bank.question(report.questionId()).map(Question::reviewed).orElse("");
		Long begun = COUNT.run(commands, ScriptOutputType.INTEGER,
				new String[] { RedisKeys.questionReports(), RedisKeys.questionQuarantine(), RedisKeys.questionCleared() },
				report.questionId(), report.reason().code(), replaced.map(r -> r.reason().code()).orElse(""),
				replaced.map(r -> Long.toString(r.at().getEpochSecond())).orElse("0"),
				Integer.toString(this.properties.reportThreshold()), Long.toString(now), reviewed);
		boolean quarantined = begun != null && begun == 1L;
		if (quarantined) {
			this.quarantine.begun(report.questionId(), "reports");
		}
		return new Submitted(replaced.isPresent(), quarantined);
	}

	/** The learner's report on a question, if any. */
	public Optional<ProblemReport> find(String teamId, String userId, String questionId) {
		return Optional.ofNullable(this.redis.sync().get(RedisKeys.team(teamId).learnerReport(userId, questionId)))
			.map(value -> ProblemReport.decode(teamId, userId, questionId, value));
	}

	/**
	 * The workspace's open reports, newest first: those made since their question was last cleared.
	 *
	 * @param limit at most this many
	 */
	public List<ProblemReport> open(String teamId, int limit) {
		RedisClusterCommands<String, String> commands = this.redis.sync();
		RedisKeys keys = RedisKeys.team(teamId);
		Map<String, String> cleared = commands.hgetall(RedisKeys.questionCleared());
		Map<String, Long> clearedAt = new HashMap<>();
		cleared.forEach((id, value) -> clearedAt.put(id, Long.parseLong(value.split("\\|", 2)[0])));
		List<ProblemReport> open = new ArrayList<>();
		for (ScoredValue<String> entry : commands.zrevrangeWithScores(keys.reports(), 0, -1)) {
			String[] parts = entry.getValue().split("\\|", 2);
			if ((long) entry.getScore() <= clearedAt.getOrDefault(parts[0], -1L) || parts.length < 2) {
				continue;
			}
			find(teamId, parts[1], parts[0]).filter(r -> r.at().getEpochSecond() > clearedAt.getOrDefault(parts[0], -1L))
				.ifPresent(open::add);
			if (open.size() >= limit) {
				break;
			}
		}
		return open;
	}

	/** forget-me: the learner's entries in the workspace's index (their report keys go with their other keys). */
	public long forget(String teamId, String userId) {
		RedisKeys keys = RedisKeys.team(teamId);
		List<String> theirs = this.redis.sync()
			.zrange(keys.reports(), 0, -1)
			.stream()
			.filter(member -> member.endsWith("|" + userId))
			.toList();
		return theirs.isEmpty() ? 0 : this.redis.sync().zrem(keys.reports(), theirs.toArray(String[]::new));
	}

	/** @param replaced the learner had reported this question before; this report took its place */
	public record Submitted(boolean replaced, boolean quarantined) {
	}

}
