package io.studycoach.progress;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A leaderboard: a study channel's all-time board, its board for one week (Monday to Sunday in the
 * channel's zone), or a challenge's board.
 *
 * @param lifetime how long the board is kept after its last change; null for always
 */
public record BoardScope(String key, Duration lifetime) {

	static final Duration WEEK_LIFETIME = Duration.ofDays(60);

	static final Duration CHALLENGE_LIFETIME = Duration.ofDays(120);

	public static BoardScope channelAllTime(String channelId) {
		return new BoardScope("ch:" + channelId + ":all", null);
	}

	public static BoardScope channelWeek(String channelId, LocalDate monday) {
		return new BoardScope("ch:" + channelId + ":wk:" + monday, WEEK_LIFETIME);
	}

	public static BoardScope challenge(String challengeId) {
		return new BoardScope("chl:" + challengeId, CHALLENGE_LIFETIME);
	}

	/** The Monday that starts the week of {@code day}. */
	public static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
