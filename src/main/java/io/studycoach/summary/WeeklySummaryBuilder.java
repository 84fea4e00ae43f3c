package io.studycoach.summary;

import io.lettuce.core.ScoredValue;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.studycoach.content.Blueprint;
import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.learning.ActiveDays;
import io.studycoach.learning.Streak;
import io.studycoach.learning.StudyCalendar;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Boards;
import io.studycoach.progress.Standing;
import io.studycoach.progress.StreakCalendars;
import io.studycoach.progress.Tally;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.readiness.ReadinessProperties;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * Builds a channel's weekly summary from what the answers left in Redis: the week's leaderboard, the
 * channel's daily tallies and missed questions, and the members' day bitmaps for their streaks. The
 * reads go out together, so a channel of thousands costs a few round trips, not thousands.
 */
@Component
public class WeeklySummaryBuilder {

	static final int TOP = 5;

	private final QuestionBank bank;

	private final Boards boards;

	private final Redis redis;

	private final ChannelStore channels;

	/** Fewer members with an exam date than this are not counted aloud: a count of one names someone. */
	static final int MIN_EXAM_DATES = 3;

	private final LearnerAbilities abilities;

	private final ReadinessProperties readiness;

	private final StreakCalendars calendars;

	WeeklySummaryBuilder(QuestionBank bank, Boards boards, Redis redis, ChannelStore channels,
			LearnerAbilities abilities, ReadinessProperties readiness, StreakCalendars calendars) {
		this.calendars = calendars;
		this.abilities = abilities;
		this.readiness = readiness;
		this.channels = channels;
		this.bank = bank;
		this.boards = boards;
		this.redis = redis;
	}

	/**
	 * @param monday the first day of the week to sum up, in the channel's zone
	 * @param today the channel's local day now, for which streaks are still active
	 */
	public WeeklySummary build(String teamId, String channelId, ZoneId zone, LocalDate monday, LocalDate today) {
		RedisKeys keys = RedisKeys.team(teamId);
		RedisClusterAsyncCommands<String, String> commands = this.redis.async();
		List<CompletableFuture<Map<String, String>>> thisDays = new ArrayList<>();
		List<CompletableFuture<Map<String, String>>> lastDays = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			thisDays.add(commands.hgetall(keys.channelTally(channelId, monday.plusDays(i))).toCompletableFuture());
			lastDays.add(commands.hgetall(keys.channelTally(channelId, monday.minusDays(7 - i))).toCompletableFuture());
		}
		CompletableFuture<List<ScoredValue<String>>> missed = commands
			.zrevrangeWithScores(keys.channelMissed(channelId, monday), 0, 0)
			.toCompletableFuture();
		List<Standing> week = this.boards.standings(teamId, BoardScope.channelWeek(channelId, monday));
		List<Standing> previous = this.boards.standings(teamId, BoardScope.channelWeek(channelId, monday.minusDays(7)));
		Map<String, Tally> thisWeek = sum(thisDays);
		Map<String, Tally> lastWeek = sum(lastDays);
		List<WeeklySummary.DomainWeek> domains = new ArrayList<>();
		for (Domain domain : this.bank.domains()) {
			domains.add(new WeeklySummary.DomainWeek(domain.id(), domain.name(),
					thisWeek.getOrDefault(domain.id(), Tally.NONE), lastWeek.getOrDefault(domain.id(), Tally.NONE)));
		}
		List<WeeklySummary.DomainWeek> sections = new ArrayList<>();
		for (Blueprint.Section section : this.bank.blueprint().sections()) {
			String area = StudyArea.sectionArea(section.id());
			sections.add(new WeeklySummary.DomainWeek(area, section.shortName(), thisWeek.getOrDefault(area, Tally.NONE),
					lastWeek.getOrDefault(area, Tally.NONE)));
		}
		// The focus is one of the areas the channel's plan draws by, so the boost it gets applies.
		Set<String> planAreas = this.channels.plan(teamId, channelId).baseWeights(this.bank).asMap().keySet();
		Map<String, Tally> inPlan = new HashMap<>(thisWeek);
		inPlan.keySet().retainAll(planAreas);
		Optional<WeeklySummary.Missed> mostMissed = join(missed).stream()
			.findFirst()
			.flatMap(top -> this.bank.question(top.getValue())
				.map(q -> new WeeklySummary.Missed(q, (long) top.getScore())));
		// Names go out in the channel only for members with points who have not left the public boards.
		List<Standing> shown = this.boards.shown(teamId, week);
		return new WeeklySummary(channelId, monday, participation(week), participation(previous), domains, sections,
				shown.stream().limit(TOP).toList(), streaks(teamId, keys, shown, today), mostMissed, focus(inPlan),
				examDates(teamId, week, today));
	}

	private static WeeklySummary.Participation participation(List<Standing> week) {
		return new WeeklySummary.Participation(week.size(), week.stream().mapToLong(Standing::answered).sum());
	}

	/**
	 * How many of the week's members sit the exam within 30 days, and how many of those the model
	 * predicts above the pass mark. Dates are read in one pipelined batch; only members with a date
	 * soon are forecast.
	 */
	private Optional<WeeklySummary.ExamDates> examDates(String teamId, List<Standing> members, LocalDate today) {
		RedisKeys keys = RedisKeys.team(teamId);
		Map<String, CompletableFuture<String>> dates = new HashMap<>();
		for (Standing member : members) {
			dates.put(member.userId(),
					this.redis.async().hget(keys.learnerStats(member.userId()), "exam_date").toCompletableFuture());
		}
		long soon = 0;
		long passing = 0;
		for (Map.Entry<String, CompletableFuture<String>> date : dates.entrySet()) {
			String stored = join(date.getValue());
			if (stored != null && !LocalDate.parse(stored).isBefore(today)
					&& !LocalDate.parse(stored).isAfter(today.plusDays(30))) {
				soon++;
				if (this.abilities.predict(teamId, date.getKey()).forecast().score() >= this.readiness.passMark()) {
					passing++;
				}
			}
		}
		return soon >= MIN_EXAM_DATES ? Optional.of(new WeeklySummary.ExamDates(soon, passing)) : Optional.empty();
	}

	/** The week's weakest area (lowest smoothed accuracy), among areas with answers. */
	static Optional<String> focus(Map<String, Tally> week) {
		return week.entrySet()
			.stream()
			.filter(e -> e.getValue().answered() > 0)
			.min(Comparator.comparingDouble((Map.Entry<String, Tally> e) -> e.getValue().smoothedAccuracy())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey);
	}

	/** The longest streaks still alive among the week's members, on the channel's day, each by their study days. */
	private List<WeeklySummary.MemberStreak> streaks(String teamId, RedisKeys keys, List<Standing> members,
			LocalDate today) {
		Map<String, CompletableFuture<byte[]>> days = new HashMap<>();
		for (Standing member : members) {
			days.put(member.userId(),
					this.redis.binaryAsync().get(keys.learnerDays(member.userId())).toCompletableFuture());
		}
		Map<String, StudyCalendar> calendars = this.calendars.calendars(teamId, days.keySet());
		List<WeeklySummary.MemberStreak> streaks = new ArrayList<>();
		days.forEach((user, bitmap) -> {
			int current = Streak.of(ActiveDays.fromRedisBitmap(join(bitmap)), calendars.get(user), today).current();
			if (current > 0) {
				streaks.add(new WeeklySummary.MemberStreak(user, current));
			}
		});
		streaks.sort(Comparator.comparingInt(WeeklySummary.MemberStreak::days)
			.reversed()
			.thenComparing(WeeklySummary.MemberStreak::userId));
		return streaks.stream().limit(TOP).toList();
	}

	private static Map<String, Tally> sum(List<CompletableFuture<Map<String, String>>> days) {
		Map<String, long[]> counts = new HashMap<>();
		for (CompletableFuture<Map<String, String>> day : days) {
			join(day).forEach((field, value) -> {
				String[] parts = field.split(":");
				long[] tally = counts.computeIfAbsent(parts[0], d -> new long[2]);
				tally[parts[1].equals("answered") ? 0 : 1] += Long.parseLong(value);
			});
		}
		Map<String, Tally> tallies = new HashMap<>();
		counts.forEach((domain, c) -> tallies.put(domain, new Tally(c[0], c[1])));
		return tallies;
	}

	private static <T> T join(CompletableFuture<T> future) {
		return future.join();
	}

}
