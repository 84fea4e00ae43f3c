package io.studycoach.summary;

import io.studycoach.content.Question;
import io.studycoach.progress.Standing;
import io.studycoach.progress.Tally;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A study channel's week (Monday to Sunday in its zone) against the week before.
 *
 * @param top the week's best five by score
 * @param streaks the longest active streaks among the week's members, longest first
 * @param sections the same by exam-guide section (short names), when the bank has a guide
 * @param examDates shown to the channel only when at least three members have an exam date soon
 * @param focus next week's focus area in the channel's plan: the group's weakest of the week
 */
public record WeeklySummary(String channelId, LocalDate monday, Participation thisWeek, Participation lastWeek,
		List<DomainWeek> domains, List<DomainWeek> sections, List<Standing> top, List<MemberStreak> streaks, Optional<Missed> mostMissed,
		Optional<String> focus, Optional<ExamDates> examDates) {

	public record Participation(long members, long answers) {
	}

	/** Members with an exam in the next 30 days, and how many of them are predicted to pass; never names. */
	public record ExamDates(long members, long predictedToPass) {
	}

	public record DomainWeek(String domainId, String name, Tally thisWeek, Tally lastWeek) {

		/** Change in accuracy in percentage points, or empty when either week has no answers. */
		public Optional<Integer> change() {
			if (this.thisWeek.answered() == 0 || this.lastWeek.answered() == 0) {
				return Optional.empty();
			}
			return Optional.of(this.thisWeek.percent() - this.lastWeek.percent());
		}

	}

	public record MemberStreak(String userId, int days) {
	}

	public record Missed(Question question, long wrong) {
	}

}
