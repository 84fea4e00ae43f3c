package io.studycoach.exam;

import io.lettuce.core.KeyValue;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.studycoach.delivery.DueTarget;
import io.studycoach.learning.ReviewState;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * Practice exams in Redis, under the learner's keys (so {@code /quiz forget-me} removes them with the
 * rest). Every change is one Lua script: starting (one exam at a time), a click, and ending (once).
 */
@Component
class ExamStore {

	/** How long an exam's question-by-question details are kept. */
	static final Duration DETAILS_KEPT = Duration.ofDays(90);

	/** How long attempt summaries are kept. */
	static final Duration ATTEMPTS_KEPT = Duration.ofDays(365);

	/** Past the deadline, how long a running exam's pointer and click ids outlive it at most. */
	private static final Duration GRACE = Duration.ofDays(1);

	private static final RedisScript START = RedisScript.load("redis/exam-start.lua");

	private static final RedisScript ACT = RedisScript.load("redis/exam-act.lua");

	private static final RedisScript FINISH = RedisScript.load("redis/exam-finish.lua");

	private final Redis redis;

	ExamStore(Redis redis) {
		this.redis = redis;
	}

	/** Stores a new running exam and its deadline in the due index; the id already running otherwise. */
	Optional<String> start(String teamId, Exam exam) {
		RedisKeys keys = RedisKeys.team(teamId);
		List<String> args = new ArrayList<>(List.of(exam.id(), Long.toString(exam.allowed().plus(GRACE).toSeconds()),
				Long.toString(DETAILS_KEPT.toSeconds()), target(exam).key(), Long.toString(exam.deadline().getEpochSecond()),
				"q", String.join(",", exam.questionIds()), "started", Long.toString(exam.started().getEpochSecond()),
				"deadline", Long.toString(exam.deadline().getEpochSecond()), "status", Exam.Status.RUNNING.name(),
				"zone", exam.zone().getId(), "current", "0", "v", "0"));
		String running = START.run(this.redis.sync(), ScriptOutputType.VALUE,
				new String[] { keys.learnerExam(exam.userId()), keys.exam(exam.userId(), exam.id()), keys.due() },
				args.toArray(String[]::new));
		return running == null || running.isEmpty() ? Optional.empty() : Optional.of(running);
	}

	Optional<String> runningId(String teamId, String userId) {
		return Optional.ofNullable(this.redis.sync().get(RedisKeys.team(teamId).learnerExam(userId)));
	}

	/** Drops a pointer to an exam that no longer runs (its details expired), if it still points there. */
	void dropPointer(String teamId, String userId, String examId) {
		String key = RedisKeys.team(teamId).learnerExam(userId);
		if (examId.equals(this.redis.sync().get(key))) {
			this.redis.sync().del(key);
		}
	}

	Optional<Exam> find(String teamId, String userId, String examId) {
		Map<String, String> fields = this.redis.sync().hgetall(RedisKeys.team(teamId).exam(userId, examId));
		return fields.isEmpty() ? Optional.empty() : Optional.of(exam(examId, userId, fields));
	}

	/**
	 * Runs one click; see exam-act.lua.
	 * @param ticked a choose-two question's ticks the click's message carried, recorded first
	 */
	Acted act(String teamId, Exam exam, String clickId, Instant now, String op, int index, String value,
			int dayOffset, Optional<ExamClick.Answer> ticked) {
		RedisKeys keys = RedisKeys.team(teamId);
		List<Object> reply = ACT.run(this.redis.sync(), ScriptOutputType.MULTI,
				new String[] { keys.exam(exam.userId(), exam.id()), keys.examClicks(exam.userId(), exam.id()),
						keys.learnerDays(exam.userId()) },
				clickId, Long.toString(now.getEpochSecond()), op, Integer.toString(index), value,
				Integer.toString(dayOffset), Long.toString(exam.allowed().plus(GRACE).toSeconds()),
				ticked.map(t -> Integer.toString(t.index())).orElse(""), ticked.map(ExamClick.Answer::letters).orElse(""));
		String code = (String) reply.get(0);
		if (reply.size() <= 2) {
			return new Acted(code, Optional.empty());
		}
		Map<String, String> fields = new HashMap<>();
		for (int i = 1; i + 1 < reply.size(); i += 2) {
			fields.put((String) reply.get(i), (String) reply.get(i + 1));
		}
		return new Acted(code, Optional.of(exam(exam.id(), exam.userId(), fields)));
	}

	/**
	 * Ends a running exam; see exam-finish.lua for the return codes.
	 * @param attempt the summary to keep, empty when abandoned
	 * @param resultDue when the result is due to be sent, empty to drop the exam from the due index
	 */
	long finish(String teamId, Exam exam, Exam.Status status, String how, Instant now,
			Optional<Attempt> attempt, Map<String, ReviewState> reviews, Optional<Instant> resultDue) {
		RedisKeys keys = RedisKeys.team(teamId);
		String user = exam.userId();
		List<String> args = new ArrayList<>(List.of(Long.toString(exam.version()), status.name(),
				Long.toString(now.getEpochSecond()), exam.id(), how, attempt.map(Attempt::encode).orElse(""),
				Long.toString(ATTEMPTS_KEPT.toSeconds()), Long.toString(now.minus(ATTEMPTS_KEPT).getEpochSecond()),
				target(exam).key(), resultDue.map(at -> Long.toString(at.getEpochSecond())).orElse(""),
				Long.toString(DETAILS_KEPT.toSeconds()), Integer.toString(reviews.size())));
		reviews.forEach((question, state) -> {
			args.add(question);
			args.add(state.encode());
		});
		if (status == Exam.Status.SUBMITTED) {
			args.addAll(exam.questionIds());
		}
		Long ended = FINISH.run(this.redis.sync(), ScriptOutputType.INTEGER,
				new String[] { keys.exam(user, exam.id()), keys.learnerExam(user), keys.learnerExams(user),
						keys.learnerReviews(user), keys.learnerAnswered(user), keys.due() },
				args.toArray(String[]::new));
		return ended == null ? 0 : ended;
	}

	/** The review states of some questions, for those that have one. */
	Map<String, ReviewState> reviews(String teamId, String userId, List<String> questionIds) {
		Map<String, ReviewState> states = new HashMap<>();
		if (questionIds.isEmpty()) {
			return states;
		}
		List<KeyValue<String, String>> values = this.redis.sync()
			.hmget(RedisKeys.team(teamId).learnerReviews(userId), questionIds.toArray(String[]::new));
		for (KeyValue<String, String> value : values) {
			if (value.hasValue()) {
				states.put(value.getKey(), ReviewState.decode(value.getValue()));
			}
		}
		return states;
	}

	/** The learner's latest attempts, newest first. */
	List<Attempt> attempts(String teamId, String userId, int limit) {
		return this.redis.sync()
			.zrevrange(RedisKeys.team(teamId).learnerExams(userId), 0, limit - 1)
			.stream()
			.map(Attempt::decode)
			.toList();
	}

	/** Each learner's attempts submitted in [from, to), read together rather than one after another. */
	Map<String, List<Attempt>> attemptsBetween(String teamId, List<String> userIds, Instant from, Instant to) {
		RedisKeys keys = RedisKeys.team(teamId);
		Map<String, CompletableFuture<List<String>>> reads = new HashMap<>();
		Range<Double> range = Range.from(Range.Boundary.including((double) from.getEpochSecond()),
				Range.Boundary.excluding((double) to.getEpochSecond()));
		for (String user : userIds) {
			reads.put(user, this.redis.async().zrangebyscore(keys.learnerExams(user), range).toCompletableFuture());
		}
		Map<String, List<Attempt>> attempts = new HashMap<>();
		reads.forEach((user, read) -> attempts.put(user, Redis.await(read).stream().map(Attempt::decode).toList()));
		return attempts;
	}

	static DueTarget target(Exam exam) {
		// The user id last: forget-me drops every due target that ends with ":" + the user id.
		return new DueTarget(DueTarget.Kind.EXAM_DEADLINE, exam.id() + ":" + exam.userId());
	}

	private static Exam exam(String id, String userId, Map<String, String> f) {
		Map<Integer, String> answers = new HashMap<>();
		Set<Integer> flags = new HashSet<>();
		f.forEach((field, value) -> {
			if (field.startsWith("a:")) {
				answers.put(Integer.parseInt(field.substring(2)), value);
			}
			else if (field.startsWith("f:")) {
				flags.add(Integer.parseInt(field.substring(2)));
			}
		});
		String questions = f.getOrDefault("q", "");
		return new Exam(id, userId, questions.isEmpty() ? List.of() : List.of(questions.split(",")), answers, flags,
				Integer.parseInt(f.getOrDefault("current", "0")), Instant.ofEpochSecond(Long.parseLong(f.get("started"))),
				Instant.ofEpochSecond(Long.parseLong(f.get("deadline"))), Exam.Status.valueOf(f.get("status")),
				ZoneId.of(f.get("zone")),
				Optional.ofNullable(f.get("finished")).map(s -> Instant.ofEpochSecond(Long.parseLong(s))),
				f.getOrDefault("how", ""), Long.parseLong(f.getOrDefault("v", "0")));
	}

	/** What a click did: its code (ok, replay, over, late, gone) and the exam after it, when it runs. */
	record Acted(String code, Optional<Exam> exam) {
	}

}
