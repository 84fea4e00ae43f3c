package io.studycoach.progress;

import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * Leaderboards: which ones an answer counts on, and their standings. An answer counts for a study
 * channel when it answers the channel's question of the day or a /quiz asked in the channel, and for
 * a challenge when it answers one of the challenge's questions.
 */
@Component
public class Boards {

	private final Redis redis;

	Boards(Redis redis) {
		this.redis = redis;
	}

	/** The boards an answer to {@code delivery} on {@code channelDay} counts on. */
	public static List<BoardScope> scopesFor(Delivery delivery, Optional<LocalDate> channelDay) {
		List<BoardScope> scopes = new ArrayList<>();
		channelDay.ifPresent(day -> {
			scopes.add(BoardScope.channelAllTime(delivery.channelId()));
			scopes.add(BoardScope.channelWeek(delivery.channelId(), BoardScope.monday(day)));
		});
		if (!delivery.challengeId().isEmpty()) {
			scopes.add(BoardScope.challenge(delivery.challengeId()));
		}
		return scopes;
	}

	/** A study channel's time zone, when the channel is set up for the coach. */
	public Optional<ZoneId> studyChannelZone(String teamId, String channelId) {
		if (channelId.isEmpty()) {
			return Optional.empty();
		}
		String zone = this.redis.sync().hget(RedisKeys.team(teamId).channel(channelId), "zone");
		return Optional.ofNullable(zone).map(ZoneId::of);
	}

	/** Every member on the board, ranked. Two reads, sent together. */
	public List<Standing> standings(String teamId, BoardScope scope) {
		RedisKeys keys = RedisKeys.team(teamId);
		CompletableFuture<Map<String, String>> stats = this.redis.async()
			.hgetall(keys.boardStats(scope.key()))
			.toCompletableFuture();
		CompletableFuture<List<io.lettuce.core.ScoredValue<String>>> points = this.redis.async()
			.zrangeWithScores(keys.boardPoints(scope.key()), 0, -1)
			.toCompletableFuture();
		Map<String, String> byMember = Redis.await(stats);
		List<Standing> unranked = new ArrayList<>();
		for (io.lettuce.core.ScoredValue<String> entry : Redis.await(points)) {
			String[] fields = byMember.getOrDefault(entry.getValue(), "0|0|0").split("\\|");
			unranked.add(new Standing(entry.getValue(), (long) entry.getScore(), Long.parseLong(fields[0]),
					Long.parseLong(fields[1]), Long.parseLong(fields[2]), 0));
		}
		unranked.sort(Standing.ORDER);
		List<Standing> ranked = new ArrayList<>(unranked.size());
		for (int i = 0; i < unranked.size(); i++) {
			ranked.add(unranked.get(i).ranked(i + 1));
		}
		return ranked;
	}

	/**
	 * The board as others may see it: members with points who have not left the public boards,
	 * ranked again among themselves.
	 */
	public List<Standing> publicStandings(String teamId, BoardScope scope) {
		return shown(teamId, standings(teamId, scope));
	}

	/** Of {@code standings}, those with points who have not left the public boards, ranked again. */
	public List<Standing> shown(String teamId, List<Standing> standings) {
		java.util.Set<String> off = this.redis.sync().smembers(RedisKeys.team(teamId).boardsOff());
		List<Standing> shown = new ArrayList<>();
		for (Standing standing : standings) {
			if (standing.points() > 0 && !off.contains(standing.userId())) {
				shown.add(standing.ranked(shown.size() + 1));
			}
		}
		return shown;
	}

	/** {@code /quiz boards off|on}: whether the member's name may appear on public boards. */
	public void showOnBoards(String teamId, String userId, boolean shown) {
		String key = RedisKeys.team(teamId).boardsOff();
		if (shown) {
			this.redis.sync().srem(key, userId);
		}
		else {
			this.redis.sync().sadd(key, userId);
		}
	}

	public boolean onBoards(String teamId, String userId) {
		return !this.redis.sync().sismember(RedisKeys.team(teamId).boardsOff(), userId);
	}

	/** Takes a member off every board of the workspace they are on (for forget-me). */
	public void remove(String teamId, BoardScope scope, String userId) {
		RedisKeys keys = RedisKeys.team(teamId);
		this.redis.sync().zrem(keys.boardPoints(scope.key()), userId);
		this.redis.sync().hdel(keys.boardStats(scope.key()), userId);
	}

}
