package io.studycoach.slack.summary;

import io.studycoach.learning.Readiness;
import io.studycoach.slack.Wording;
import io.studycoach.summary.PersonalWeek;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of weekly summaries, leaderboards and the App Home, with the records that fill them. */
public final class SummaryWording {

	public record Header(String week) {
	}

	public record ExamDates(long members, long predictedToPass) {
	}

	public record Participation(Count members, Count answers, Count lastMembers, Count lastAnswers) {
	}

	public record DomainRow(String name, String bar, long answered, int percent, String change) {
	}

	public record Domains(List<DomainRow> domains) {
	}

	public record Row(int rank, String member, long points, long answered, long right, int percent) {
	}

	public record Top(Count count, List<Row> rows) {
	}

	public record StreakRow(String member, Count days) {
	}

	public record Streaks(List<StreakRow> rows) {
	}

	public record Missed(long wrong, String stem, String answerLetters, String answerText, String explanation) {
	}

	public record Focus(String name) {
	}

	public record SummarySetup(String schedule, String zone, String next) {
	}

	public record You(int rank, int total, long points, int percent) {
	}

	public record Leaderboard(String period, List<Row> rows, List<You> you) {
	}

	public record Period(String period) {
	}

	public record PersonalWeek(String week, Count answers, int percent, Count streak) {
	}

	public record ReadinessRow(String name, String bar, int readiness) {
	}

	public record Readiness(List<ReadinessRow> domains) {
	}

	public record PersonalFocus(String weakest, String weakestId) {
	}

	public record HomeSubscription(boolean subscribed, String days, String time, String zone) {
	}

	public record HomeChallenge(String name, String channel, Count daysLeft) {
	}

	public record HomeChallenges(List<HomeChallenge> challenges) {
	}

	public record BoardsSet(boolean on) {
	}

	public static final Prompt<BoardsSet> BOARDS_SET = new Prompt<>("boards-set", BoardsSet.class);

	public static final Prompt<HomeSubscription> HOME_SUBSCRIPTION = new Prompt<>("home-subscription", HomeSubscription.class);

	public static final Prompt<HomeChallenges> HOME_CHALLENGES = new Prompt<>("home-challenges", HomeChallenges.class);

	public static final Prompt<Header> HEADER = new Prompt<>("summary-header", Header.class);

	public static final Prompt<ExamDates> EXAM_DATES = new Prompt<>("summary-exam-dates", ExamDates.class);

	public static final Prompt<Participation> PARTICIPATION = new Prompt<>("summary-participation", Participation.class);

	public static final Prompt<Domains> DOMAINS = new Prompt<>("summary-domains", Domains.class);

	public static final Prompt<Domains> SECTIONS = new Prompt<>("summary-sections", Domains.class);

	public static final Prompt<Top> TOP = new Prompt<>("summary-top", Top.class);

	public static final Prompt<Streaks> STREAKS = new Prompt<>("summary-streaks", Streaks.class);

	public static final Prompt<Missed> MISSED = new Prompt<>("summary-missed", Missed.class);

	public static final Prompt<Focus> FOCUS = new Prompt<>("summary-focus", Focus.class);

	public static final Prompt<Wording.None> QUIET = new Prompt<>("summary-quiet", Wording.None.class);

	public static final Prompt<SummarySetup> SUMMARY_SETUP = new Prompt<>("summary-setup", SummarySetup.class);

	public static final Prompt<Leaderboard> LEADERBOARD = new Prompt<>("leaderboard", Leaderboard.class);

	public static final Prompt<Period> LEADERBOARD_EMPTY = new Prompt<>("leaderboard-empty", Period.class);

	public static final Prompt<PersonalWeek> PERSONAL_WEEK = new Prompt<>("personal-week", PersonalWeek.class);

	public static final Prompt<Readiness> PERSONAL_READINESS = new Prompt<>("personal-readiness", Readiness.class);

	public static final Prompt<PersonalFocus> PERSONAL_FOCUS = new Prompt<>("personal-focus", PersonalFocus.class);

	public static final List<Prompt<?>> ALL = List.of(HEADER, PARTICIPATION, EXAM_DATES, DOMAINS, SECTIONS, TOP, STREAKS, MISSED, FOCUS, QUIET,
			SUMMARY_SETUP, LEADERBOARD, LEADERBOARD_EMPTY, PERSONAL_WEEK, PERSONAL_READINESS, PERSONAL_FOCUS,
			HOME_SUBSCRIPTION, HOME_CHALLENGES, BOARDS_SET);

	private SummaryWording() {
	}

}
