package io.studycoach.exam;

import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Boards;
import io.studycoach.progress.Standing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Practice exams in a study channel's week, for the leads' weekly summary: how many of the week's
 * members took one, how many exams, and the median score; nothing when fewer than three members
 * took one, so that no one's score can be told from the figures. Never names anyone.
 */
@Component
public class ChannelExams {

	/** Below this many members with an exam, the summary says nothing of exams. */
	static final int MIN_MEMBERS = 3;

	private final Boards boards;

	private final ExamStore store;

	ChannelExams(Boards boards, ExamStore store) {
		this.boards = boards;
		this.store = store;
	}

	/** @param monday the week's first day in the channel's zone */
	public Optional<Week> week(String teamId, String channelId, LocalDate monday) {
		ZoneId zone = this.boards.studyChannelZone(teamId, channelId).orElse(ZoneOffset.UTC);
		Instant from = monday.atStartOfDay(zone).toInstant();
		Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
		List<String> members = this.boards.standings(teamId, BoardScope.channelWeek(channelId, monday))
			.stream()
			.map(Standing::userId)
			.toList();
		Map<String, List<Attempt>> attempts = this.store.attemptsBetween(teamId, members, from, to);
		List<Integer> scores = new ArrayList<>();
		attempts.values().forEach(list -> list.forEach(a -> scores.add(a.percent())));
		long takers = attempts.values().stream().filter(list -> !list.isEmpty()).count();
		if (takers < MIN_MEMBERS) {
			return Optional.empty();
		}
		return Optional.of(new Week((int) takers, scores.size(), median(scores)));
	}

	static int median(List<Integer> values) {
		List<Integer> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (int) Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
	}

	/** A channel's week of practice exams: members who took one, exams taken, median score in %. */
	public record Week(int members, int exams, int medianPercent) {
	}

}
