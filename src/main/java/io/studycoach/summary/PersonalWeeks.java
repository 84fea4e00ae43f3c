package io.studycoach.summary;

import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.UserDirectory;
import io.studycoach.learning.Readiness;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.ProgressReader;
import io.studycoach.progress.Tally;
import io.studycoach.progress.UserProfile;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** A subscriber's week for their Monday DM: counts, streak, recall by domain, focus and predicted score. */
@Component
class PersonalWeeks {

	private final Redis redis;

	private final ProgressReader progress;

	private final QuestionBank bank;

	private final LearnerAbilities abilities;

	private final Clock clock;

	private final UserDirectory users;

	PersonalWeeks(Redis redis, ProgressReader progress, QuestionBank bank, LearnerAbilities abilities,
			UserDirectory users, Clock clock) {
		this.users = users;
		this.redis = redis;
		this.progress = progress;
		this.bank = bank;
		this.abilities = abilities;
		this.clock = clock;
	}

	/** The learner's last week (Monday to Sunday in their zone). */
	/** The member, for the zone their week is counted in. */
	UserProfile member(String teamId, String userId) {
		return this.users.profile(teamId, userId);
	}

	PersonalWeek of(String teamId, String userId, LocalDate today) {
		LocalDate monday = BoardScope.monday(today.minusDays(1));
		Map<String, String> counters = this.redis.sync().hgetall(RedisKeys.team(teamId).learnerWeek(userId, monday));
		LearnerProgress learner = this.progress.read(teamId, userId);
		Map<String, Double> readiness = new LinkedHashMap<>();
		this.bank.domains()
			.forEach(d -> readiness.put(d.id(),
					Readiness.of(this.bank.questions(d.id()), learner.history(), this.clock.instant(), today)));
		Tally week = new Tally(Long.parseLong(counters.getOrDefault("answered", "0")),
				Long.parseLong(counters.getOrDefault("right", "0")));
		Map<String, Tally> byDomain = new LinkedHashMap<>();
		// d4:a, d4:r as the answer script writes them; a tally an earlier version began has d4:answered, d4:right.
		this.bank.domains().forEach(d -> byDomain.put(d.id(), new Tally(
				count(counters, d.id() + ":a") + count(counters, d.id() + ":answered"),
				count(counters, d.id() + ":r") + count(counters, d.id() + ":right"))));
		Optional<String> weakest = week.answered() >= 3 ? WeeklySummaryBuilder.focus(byDomain) : learner.weakestDomain();
		return new PersonalWeek(monday, week, this.progress.streak(teamId, userId, learner.days(), today).current(), readiness, weakest, learner,
				this.abilities.predict(teamId, userId), today);
	}

	private static long count(Map<String, String> counters, String field) {
		return Long.parseLong(counters.getOrDefault(field, "0"));
	}

}
