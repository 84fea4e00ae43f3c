package io.studycoach.slack;

import io.studycoach.wording.Prompt;

import java.util.List;

/**
 * Every template under {@code prompts/} with the record the code fills it with. The records are
 * the whole vocabulary a template may use.
 */
final class Wording {

	record QuestionIntro(String domainName, String topic, String difficulty) {
	}

	record Choice(String letter, String text) {
	}

	record QuestionText(String stem, boolean pickTwo, int pickCount, boolean listChoices, List<Choice> choices) {
	}

	record None() {
	}

	record FeedbackRight(String answerLetters) {
	}

	record FeedbackWrong(String chosenLetters, String answerLetters) {
	}

	record FeedbackAnswer(List<Choice> answers) {
	}

	record Explanation(String explanation) {
	}

	record Reference(String url, String host) {
	}

	record References(List<Reference> references) {
	}

	record StreakLine(int current, int longest, long answered, int percent) {
	}

	record Milestone(int days) {
	}

	record Stats(int currentStreak, int longestStreak, long answered, long right, int percent, long reviewsDue) {
	}

	record DomainLine(String id, String name, String bar, long answered, long right, int percent, int readiness,
			boolean last) {
	}

	record StatsDomains(List<DomainLine> domains) {
	}

	record Weakest(String weakest, String weakestId) {
	}

	record Help(String unknown, String command, List<DomainLine> domains) {
	}

	record PickCount(int pickCount) {
	}

	static final Prompt<QuestionIntro> QUESTION_INTRO = new Prompt<>("question-intro", QuestionIntro.class);

	static final Prompt<QuestionText> QUESTION = new Prompt<>("question", QuestionText.class);

	static final Prompt<None> QUESTION_FOOTER = new Prompt<>("question-footer", None.class);

	static final Prompt<FeedbackRight> FEEDBACK_RIGHT = new Prompt<>("feedback-right", FeedbackRight.class);

	static final Prompt<FeedbackWrong> FEEDBACK_WRONG = new Prompt<>("feedback-wrong", FeedbackWrong.class);

	static final Prompt<FeedbackAnswer> FEEDBACK_ANSWER = new Prompt<>("feedback-answer", FeedbackAnswer.class);

	static final Prompt<Explanation> EXPLANATION = new Prompt<>("explanation", Explanation.class);

	static final Prompt<References> REFERENCE = new Prompt<>("reference", References.class);

	static final Prompt<StreakLine> STREAK = new Prompt<>("streak", StreakLine.class);

	static final Prompt<Milestone> STREAK_MILESTONE = new Prompt<>("streak-milestone", Milestone.class);

	static final Prompt<Stats> STATS = new Prompt<>("stats", Stats.class);

	static final Prompt<StatsDomains> STATS_DOMAINS = new Prompt<>("stats-domains", StatsDomains.class);

	static final Prompt<Weakest> STATS_WEAKEST = new Prompt<>("stats-weakest", Weakest.class);

	static final Prompt<Help> HELP = new Prompt<>("help", Help.class);

	static final Prompt<None> TRY_AGAIN = new Prompt<>("try-again", None.class);

	static final Prompt<None> ALREADY_ANSWERED = new Prompt<>("already-answered", None.class);

	static final Prompt<None> NOT_YOURS = new Prompt<>("not-yours", None.class);

	static final Prompt<None> QUESTION_EXPIRED = new Prompt<>("question-expired", None.class);

	static final Prompt<PickCount> CHOOSE_FIRST = new Prompt<>("choose-first", PickCount.class);

	static final List<Prompt<?>> QUIZ = List.of(QUESTION_INTRO, QUESTION, QUESTION_FOOTER, FEEDBACK_RIGHT,
			FEEDBACK_WRONG, FEEDBACK_ANSWER, EXPLANATION, REFERENCE, STREAK, STREAK_MILESTONE, STATS, STATS_DOMAINS,
			STATS_WEAKEST, HELP, TRY_AGAIN, ALREADY_ANSWERED, NOT_YOURS, QUESTION_EXPIRED, CHOOSE_FIRST);

	/** Every template the coach uses. */
	static final List<Prompt<?>> ALL = java.util.stream.Stream
		.of(QUIZ, DeliveryWording.ALL, SummaryWording.ALL, ChallengeWording.ALL)
		.flatMap(List::stream)
		.toList();

	private Wording() {
	}

}
