package io.studycoach.slack.exam;

import io.studycoach.slack.Wording;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of practice exams, with the records that fill them. */
public final class ExamWording {

	public record Heading(int number, int total, String timeLeft, int answered, boolean flagged) {
	}

	public record QuestionText(String stem, boolean pickTwo, int pickCount, boolean listChoices,
			List<Wording.Choice> choices) {
	}

	public record YourAnswer(String letters, boolean pickTwo) {
	}

	public record Jump(int number) {
	}

	public record Review(int answered, int total, String timeLeft, List<Jump> unanswered, List<Jump> flagged) {
	}

	public record Unanswered(Count unanswered) {
	}

	public record Started(int questions, String time, String deadline, boolean timedOut) {
	}

	public record Resumed(int number, int total, String timeLeft) {
	}

	public record Length(String word, int min, int max, int defaultLength, String time) {
	}

	public record Usage(String word) {
	}

	public record Status(boolean abandoned) {
	}

	public record SectionLine(String name, String bar, int right, int asked, int percent) {
	}

	public record Result(int right, int asked, int percent, boolean passed, int passMark, String used, String allowed,
			boolean byDeadline, Count unanswered, List<SectionLine> sections, Count toReview) {
	}

	public record ReviewItem(int number, String section, boolean missed, boolean flagged, String stem,
			List<Wording.Choice> yours, List<Wording.Choice> answers) {
	}

	public record ReviewPage(int page, int pages, Count items) {
	}

	public record HistoryRow(String date, int asked, int right, int percent, String weakest) {
	}

	public record History(List<HistoryRow> rows, String trend) {
	}

	public record Home(boolean taken, int percent, int right, int asked, String date, String trend) {
	}

	public record ChannelWeek(Count members, Count exams, int median) {
	}

	public static final Prompt<Heading> HEADING = new Prompt<>("exam-heading", Heading.class);

	public static final Prompt<QuestionText> QUESTION = new Prompt<>("exam-question", QuestionText.class);

	public static final Prompt<YourAnswer> YOUR_ANSWER = new Prompt<>("exam-your-answer", YourAnswer.class);

	public static final Prompt<Review> REVIEW = new Prompt<>("exam-review", Review.class);

	public static final Prompt<Unanswered> CONFIRM_SUBMIT = new Prompt<>("exam-confirm-submit", Unanswered.class);

	public static final Prompt<Wording.None> SUBMITTED = new Prompt<>("exam-submitted", Wording.None.class);

	public static final Prompt<Wording.None> TIME_UP = new Prompt<>("exam-time-up", Wording.None.class);

	public static final Prompt<Status> OVER = new Prompt<>("exam-over", Status.class);

	public static final Prompt<Wording.None> REPLAYED = new Prompt<>("exam-replayed", Wording.None.class);

	public static final Prompt<Wording.None> NOT_YOURS = new Prompt<>("exam-not-yours", Wording.None.class);

	public static final Prompt<Wording.None> GONE = new Prompt<>("exam-gone", Wording.None.class);

	public static final Prompt<Started> STARTED = new Prompt<>("exam-started", Started.class);

	public static final Prompt<Resumed> RESUMED = new Prompt<>("exam-resumed", Resumed.class);

	public static final Prompt<Length> LENGTH = new Prompt<>("exam-length", Length.class);

	public static final Prompt<Usage> USAGE = new Prompt<>("exam-usage", Usage.class);

	public static final Prompt<Resumed> ABANDON_CONFIRM = new Prompt<>("exam-abandon-confirm", Resumed.class);

	public static final Prompt<Wording.None> ABANDONED = new Prompt<>("exam-abandoned", Wording.None.class);

	public static final Prompt<Wording.None> KEEP_GOING = new Prompt<>("exam-keep-going", Wording.None.class);

	public static final Prompt<Wording.None> NONE_RUNNING = new Prompt<>("exam-none", Wording.None.class);

	public static final Prompt<Wording.None> POST_FAILED = new Prompt<>("exam-post-failed", Wording.None.class);

	public static final Prompt<Result> RESULT = new Prompt<>("exam-result", Result.class);

	public static final Prompt<ReviewItem> REVIEW_ITEM = new Prompt<>("exam-review-item", ReviewItem.class);

	public static final Prompt<ReviewPage> REVIEW_PAGE = new Prompt<>("exam-review-page", ReviewPage.class);

	public static final Prompt<History> HISTORY = new Prompt<>("exam-history", History.class);

	public static final Prompt<Home> HOME = new Prompt<>("exam-home", Home.class);

	public static final Prompt<ChannelWeek> SUMMARY = new Prompt<>("exam-summary", ChannelWeek.class);

	public static final List<Prompt<?>> ALL = List.of(HEADING, QUESTION, YOUR_ANSWER, REVIEW, CONFIRM_SUBMIT, SUBMITTED,
			TIME_UP, OVER, REPLAYED, NOT_YOURS, GONE, STARTED, RESUMED, LENGTH, USAGE, ABANDON_CONFIRM, ABANDONED,
			KEEP_GOING, NONE_RUNNING, POST_FAILED, RESULT, REVIEW_ITEM, REVIEW_PAGE, HISTORY, HOME, SUMMARY);

	private ExamWording() {
	}

}
