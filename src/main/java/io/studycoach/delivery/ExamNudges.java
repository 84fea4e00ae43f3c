package io.studycoach.delivery;

import io.studycoach.learning.ActiveDays;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.ProgressReader;
import io.studycoach.progress.UserProfile;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * One gentle nudge by DM when a learner with an exam date has not practised for three days: checked
 * once a day at noon their time, at most once per idle stretch, never after the exam, and never for
 * a learner who turned nudges off.
 */
@Service
public class ExamNudges implements DueHandler {

	static final int IDLE_DAYS = 3;

	static final LocalTime CHECK_TIME = LocalTime.NOON;

	private final ProgressReader progress;

	private final Redis redis;

	private final SendLedger ledger;

	private final DueIndex due;

	private final NudgeOutbox outbox;

	private final UserDirectory users;

	private final Clock clock;

	ExamNudges(ProgressReader progress, Redis redis, SendLedger ledger, DueIndex due, NudgeOutbox outbox,
			UserDirectory users, Clock clock) {
		this.progress = progress;
		this.redis = redis;
		this.ledger = ledger;
		this.due = due;
		this.outbox = outbox;
		this.users = users;
		this.clock = clock;
	}

	/** Starts the daily check for a learner who gave an exam date. */
	public void schedule(String teamId, String userId) {
		UserProfile profile = this.users.profile(teamId, userId);
		this.due.schedule(teamId, target(userId),
				new SendSchedule(CHECK_TIME, StudyDays.DAILY).nextAfter(this.clock.instant(), profile.zone()));
	}

	/** Turns nudges off or on again for the learner. */
	public void setEnabled(String teamId, String userId, boolean enabled) {
		String key = RedisKeys.team(teamId).learnerStats(userId);
		if (enabled) {
			this.redis.sync().hdel(key, "nudges");
		}
		else {
			this.redis.sync().hset(key, "nudges", "off");
		}
	}

	@Override
	public boolean handles(DueTarget.Kind kind) {
		return kind == DueTarget.Kind.EXAM_NUDGE;
	}

	@Override
	public void deliverDue(String teamId, DueTarget target) {
		String userId = target.id();
		UserProfile profile = this.users.profile(teamId, userId);
		LocalDate today = this.clock.instant().atZone(profile.zone()).toLocalDate();
		LearnerProgress learner = this.progress.read(teamId, userId);
		if (learner.examDate().isEmpty() || learner.examDate().get().isBefore(today) || profile.deleted()) {
			// No date, or the exam is over: nothing more to nudge toward.
			this.due.remove(teamId, target);
			return;
		}
		String key = RedisKeys.team(teamId).learnerStats(userId);
		Map<String, String> fields = this.redis.sync().hgetall(key);
		// Three idle days counted from the day the date was given at the earliest.
		String given = fields.get("exam_date_set");
		boolean quietSinceGiven = given == null || ChronoUnit.DAYS.between(LocalDate.parse(given), today) >= IDLE_DAYS;
		if (!"off".equals(fields.get("nudges")) && quietSinceGiven && idle(learner.days(), today)
				&& !nudgedThisStretch(learner.days(), fields.get("nudged_on"), today)) {
			long daysToExam = ChronoUnit.DAYS.between(today, learner.examDate().get());
			SendOutcome outcome = this.ledger.sendOnce(teamId, target, today, userId,
					marker -> this.outbox.nudge(teamId, userId, daysToExam, marker));
			if (outcome instanceof SendOutcome.Sent) {
				this.redis.sync().hset(key, "nudged_on", today.toString());
			}
			else if (outcome instanceof SendOutcome.Failed) {
				return;
			}
		}
		this.due.schedule(teamId, target,
				new SendSchedule(CHECK_TIME, StudyDays.DAILY).nextAfter(this.clock.instant(), profile.zone()));
	}

	/** No practice today nor in the three days before. */
	static boolean idle(ActiveDays days, LocalDate today) {
		for (int back = 0; back <= IDLE_DAYS; back++) {
			if (days.contains(today.minusDays(back))) {
				return false;
			}
		}
		return true;
	}

	/** Already nudged, and no practice since: one nudge per idle stretch. */
	static boolean nudgedThisStretch(ActiveDays days, String nudgedOn, LocalDate today) {
		if (nudgedOn == null) {
			return false;
		}
		LocalDate since = LocalDate.parse(nudgedOn);
		for (LocalDate day = since; !day.isAfter(today); day = day.plusDays(1)) {
			if (days.contains(day)) {
				return false;
			}
		}
		return true;
	}

	static DueTarget target(String userId) {
		return new DueTarget(DueTarget.Kind.EXAM_NUDGE, userId);
	}

}
