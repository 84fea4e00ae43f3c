package io.studycoach.slack;

import io.studycoach.learning.StudyPlan;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;

import java.util.List;

/**
 * Every template under {@code prompts/} with the record the code fills it with. The records are
 * the whole vocabulary a template may use.
 */
public final class Wording {

	/** @param guide the exam-guide sub-section ("4.2"), empty when the question fits none */
	public record QuestionIntro(String domainName, String guide, String sectionName, String topic, String difficulty) {
	}

	public record Choice(String letter, String text) {
	}

	public record QuestionText(String stem, boolean pickTwo, int pickCount, boolean listChoices, List<Choice> choices) {
	}

	public record None() {
	}

	public record FeedbackRight(String answerLetters) {
	}

	public record FeedbackWrong(String chosenLetters, String answerLetters) {
	}

	public record FeedbackAnswer(List<Choice> answers) {
	}

	public record UnderReview(String chosenLetters) {
	}

	public record Explanation(String explanation) {
	}

	public record Reference(String url, String host) {
	}

	public record References(List<Reference> references) {
	}

	/** @param freezes streak freezes held, shown on the day one is earned (else 0) */
	public record StreakLine(int current, int longest, long answered, int percent, Count freezes) {
	}

	public record Milestone(int days) {
	}

	/** @param vacationUntil the last day of a running vacation ("Friday 19 June"), or empty */
	public record Stats(Count currentStreak, Count longestStreak, Count freezes, String vacationUntil, Count answered,
			long right, int percent, long reviewsDue) {

		public static Stats of(io.studycoach.learning.Streak streak, io.studycoach.progress.Tally overall,
				long reviewsDue) {
			return new Stats(Count.of(streak.current()), Count.of(streak.longest()), Count.of(streak.freezes()),
					streak.heldUntil().map(Wording::dayAndDate).orElse(""), Count.of(overall.answered()),
					overall.right(), overall.percent(), reviewsDue);
		}
	}

	/** A day as the coach names it: "Friday 19 June". */
	public static String dayAndDate(java.time.LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH));
	}

	public record DomainLine(String id, String name, String bar, long answered, long right, int percent, int readiness,
			boolean last) {
	}

	public record StatsDomains(List<DomainLine> domains) {
	}

	public record SectionLine(String name, String bar, long answered, long right, int percent) {
	}

	public record StatsSections(List<SectionLine> sections, String plan, String otherPlan) {
	}

	public record SectionPrediction(String name, String bar, int score, int low, int high, long seen, int total) {
	}

	/** A section to point the learner at, by name and id. */
	public record SectionAdvice(String name, String id) {
	}

	/**
	 * @param needed first answers still to give before a number is shown
	 * @param untried a section never tried, first in line for advice
	 * @param weakest the weakest section with enough answers to say so (only when none is untried)
	 */
	public record Prediction(boolean ready, int score, int low, int high, Count answers, boolean above, int passMark,
			List<SectionPrediction> sections, Count needed, List<SectionAdvice> untried, List<SectionAdvice> weakest) {
	}

	public record ExamDateReply(boolean set, boolean cleared, String date, Count daysLeft, Count perDay, String firstPractice,
			String lastPractice, boolean notADate, boolean past, boolean tooFar, String typed) {
	}

	public record Countdown(Count daysLeft, String date, Count perDay, boolean practiceSoon) {
	}

	public record Nudge(Count daysToExam) {
	}

	public record NudgesSet(boolean on) {
	}

	public record Weakest(String weakest, String weakestId) {
	}

	public record AreaLine(String id, String name, boolean last) {
	}

	public record Help(String unknown, String command, List<DomainLine> domains, List<AreaLine> sections,
			List<AreaLine> tags) {
	}

	public record PlanChosen(boolean exam, boolean channel) {

		public static PlanChosen of(StudyPlan plan, boolean channel) {
			return new PlanChosen(plan == StudyPlan.EXAM, channel);
		}

	}

	public record PickCount(int pickCount) {
	}

	public static final Prompt<QuestionIntro> QUESTION_INTRO = new Prompt<>("question-intro", QuestionIntro.class);

	public static final Prompt<QuestionText> QUESTION = new Prompt<>("question", QuestionText.class);

	public static final Prompt<None> QUESTION_FOOTER = new Prompt<>("question-footer", None.class);

	public static final Prompt<FeedbackRight> FEEDBACK_RIGHT = new Prompt<>("feedback-right", FeedbackRight.class);

	public static final Prompt<FeedbackWrong> FEEDBACK_WRONG = new Prompt<>("feedback-wrong", FeedbackWrong.class);

	public static final Prompt<UnderReview> FEEDBACK_UNDER_REVIEW = new Prompt<>("feedback-under-review",
			UnderReview.class);

	public static final Prompt<FeedbackAnswer> FEEDBACK_ANSWER = new Prompt<>("feedback-answer", FeedbackAnswer.class);

	public static final Prompt<Explanation> EXPLANATION = new Prompt<>("explanation", Explanation.class);

	public static final Prompt<References> REFERENCE = new Prompt<>("reference", References.class);

	public static final Prompt<StreakLine> STREAK = new Prompt<>("streak", StreakLine.class);

	public static final Prompt<Milestone> STREAK_MILESTONE = new Prompt<>("streak-milestone", Milestone.class);

	public static final Prompt<Stats> STATS = new Prompt<>("stats", Stats.class);

	public static final Prompt<StatsDomains> STATS_DOMAINS = new Prompt<>("stats-domains", StatsDomains.class);

	public static final Prompt<StatsSections> STATS_SECTIONS = new Prompt<>("stats-sections", StatsSections.class);

	public static final Prompt<Prediction> STATS_PREDICTION = new Prompt<>("stats-prediction", Prediction.class);

	public static final Prompt<ExamDateReply> EXAM_DATE = new Prompt<>("exam-date", ExamDateReply.class);

	public static final Prompt<Countdown> STATS_COUNTDOWN = new Prompt<>("stats-countdown", Countdown.class);

	public static final Prompt<Nudge> NUDGE = new Prompt<>("exam-nudge", Nudge.class);

	public static final Prompt<NudgesSet> NUDGES_SET = new Prompt<>("nudges-set", NudgesSet.class);

	public static final Prompt<Weakest> STATS_WEAKEST = new Prompt<>("stats-weakest", Weakest.class);

	public static final Prompt<Help> HELP = new Prompt<>("help", Help.class);

	public static final Prompt<None> TRY_AGAIN = new Prompt<>("try-again", None.class);

	public static final Prompt<None> ALREADY_ANSWERED = new Prompt<>("already-answered", None.class);

	public static final Prompt<None> NOT_YOURS = new Prompt<>("not-yours", None.class);

	public static final Prompt<None> QUESTION_EXPIRED = new Prompt<>("question-expired", None.class);

	public static final Prompt<PlanChosen> PLAN_CHOSEN = new Prompt<>("plan-chosen", PlanChosen.class);

	public static final Prompt<PickCount> CHOOSE_FIRST = new Prompt<>("choose-first", PickCount.class);

	public static final List<Prompt<?>> QUIZ = List.of(QUESTION_INTRO, QUESTION, QUESTION_FOOTER, FEEDBACK_RIGHT,
			FEEDBACK_WRONG, FEEDBACK_ANSWER, EXPLANATION, REFERENCE, STREAK, STREAK_MILESTONE, STATS, STATS_DOMAINS, STATS_SECTIONS, STATS_PREDICTION, EXAM_DATE, STATS_COUNTDOWN, NUDGE, NUDGES_SET,
			STATS_WEAKEST, HELP, TRY_AGAIN, ALREADY_ANSWERED, NOT_YOURS, QUESTION_EXPIRED, CHOOSE_FIRST, PLAN_CHOSEN,
			FEEDBACK_UNDER_REVIEW);

	private Wording() {
	}

}
