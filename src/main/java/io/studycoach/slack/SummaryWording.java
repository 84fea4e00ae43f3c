package io.studycoach.slack;

import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of weekly summaries, leaderboards and the App Home, with the records that fill them. */
final class SummaryWording {

	record Header(String week) {
	}

	record Participation(long members, long answers, long lastMembers, long lastAnswers) {
	}

	record DomainRow(String name, String bar, long answered, int percent, String change) {
	}

	record Domains(List<DomainRow> domains) {
	}

	record Row(int rank, String member, long points, long answered, long right, int percent) {
	}

	record Top(int count, List<Row> rows) {
	}

	record StreakRow(String member, int days) {
	}

	record Streaks(List<StreakRow> rows) {
	}

	record Missed(long wrong, String stem, String answerLetters, String answerText, String explanation) {
	}

	record Focus(String name) {
	}

	record SummarySetup(String schedule, String zone, String next) {
	}

	record You(int rank, int total, long points, int percent) {
	}

	record Leaderboard(String period, List<Row> rows, List<You> you) {
	}

	record Period(String period) {
	}

	record PersonalWeek(String week, long answers, int percent, int streak) {
	}

	record ReadinessRow(String name, String bar, int readiness) {
	}

	record Readiness(List<ReadinessRow> domains) {
	}

	record PersonalFocus(String weakest, String weakestId) {
	}

	record HomeSubscription(boolean subscribed, String days, String time, String zone) {
	}

	record HomeChallenge(String name, String channel, long daysLeft) {
	}

	record HomeChallenges(List<HomeChallenge> challenges) {
	}

	static final Prompt<HomeSubscription> HOME_SUBSCRIPTION = new Prompt<>("home-subscription", HomeSubscription.class);

	static final Prompt<HomeChallenges> HOME_CHALLENGES = new Prompt<>("home-challenges", HomeChallenges.class);

	static final Prompt<Header> HEADER = new Prompt<>("summary-header", Header.class);

	static final Prompt<Participation> PARTICIPATION = new Prompt<>("summary-participation", Participation.class);

	static final Prompt<Domains> DOMAINS = new Prompt<>("summary-domains", Domains.class);

	static final Prompt<Top> TOP = new Prompt<>("summary-top", Top.class);

	static final Prompt<Streaks> STREAKS = new Prompt<>("summary-streaks", Streaks.class);

	static final Prompt<Missed> MISSED = new Prompt<>("summary-missed", Missed.class);

	static final Prompt<Focus> FOCUS = new Prompt<>("summary-focus", Focus.class);

	static final Prompt<Wording.None> QUIET = new Prompt<>("summary-quiet", Wording.None.class);

	static final Prompt<SummarySetup> SUMMARY_SETUP = new Prompt<>("summary-setup", SummarySetup.class);

	static final Prompt<Leaderboard> LEADERBOARD = new Prompt<>("leaderboard", Leaderboard.class);

	static final Prompt<Period> LEADERBOARD_EMPTY = new Prompt<>("leaderboard-empty", Period.class);

	static final Prompt<PersonalWeek> PERSONAL_WEEK = new Prompt<>("personal-week", PersonalWeek.class);

	static final Prompt<Readiness> PERSONAL_READINESS = new Prompt<>("personal-readiness", Readiness.class);

	static final Prompt<PersonalFocus> PERSONAL_FOCUS = new Prompt<>("personal-focus", PersonalFocus.class);

	static final List<Prompt<?>> ALL = List.of(HEADER, PARTICIPATION, DOMAINS, TOP, STREAKS, MISSED, FOCUS, QUIET,
			SUMMARY_SETUP, LEADERBOARD, LEADERBOARD_EMPTY, PERSONAL_WEEK, PERSONAL_READINESS, PERSONAL_FOCUS,
			HOME_SUBSCRIPTION, HOME_CHALLENGES);

	private SummaryWording() {
	}

}
