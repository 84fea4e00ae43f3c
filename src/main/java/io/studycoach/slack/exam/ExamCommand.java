package io.studycoach.slack.exam;

import io.studycoach.delivery.SendOutcome;
import io.studycoach.exam.Exam;
import io.studycoach.exam.ExamDeadlines;
import io.studycoach.exam.ExamProperties;
import io.studycoach.exam.ExamService;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.web.SlackUsers;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * {@code /quiz exam [N]}, {@code /quiz exam abandon}, {@code /quiz exam history}. The exam itself goes
 * to the learner's DM (typed in a channel, only the learner sees the reply); while one runs, the
 * command brings its current question back.
 */
@Component
class ExamCommand implements Subcommand {

	static final String ABANDON = "exam_abandon";

	static final String KEEP_GOING = "exam_keep_going";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final ExamService exams;

	private final ExamDeadlines deadlines;

	private final SlackUsers users;

	private final SlackExamOutbox outbox;

	private final ExamView view;

	private final ExamHistory history;

	private final NoticeView notices;

	ExamCommand(ExamService exams, ExamDeadlines deadlines, SlackUsers users, SlackExamOutbox outbox, ExamView view,
			ExamHistory history, NoticeView notices) {
		this.exams = exams;
		this.deadlines = deadlines;
		this.users = users;
		this.outbox = outbox;
		this.view = view;
		this.history = history;
		this.notices = notices;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("exam");
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		ExamProperties settings = this.exams.settings();
		List<String> args = call.args();
		if (args.isEmpty()) {
			return Optional.of(() -> start(call.team(), call.user(), settings.defaultLength()));
		}
		String word = args.get(0).toLowerCase(Locale.ROOT);
		if (args.size() == 1 && word.equals("abandon")) {
			return Optional.of(() -> askToAbandon(call.team(), call.user()));
		}
		if (args.size() == 1 && word.equals("history")) {
			return Optional.of(() -> this.history.render(call.team(), call.user()));
		}
		if (args.size() == 1 && word.matches("-?\\d{1,9}")) {
			int length = Integer.parseInt(word);
			return Optional.of(settings.allowedLength(length) ? () -> start(call.team(), call.user(), length)
					: () -> notice(ExamWording.LENGTH, new ExamWording.Length(word, settings.minLength(),
							settings.maxLength(), settings.defaultLength(), minutes(settings.defaultLength()))));
		}
		String said = String.join(" ", args);
		return Optional.of(() -> notice(ExamWording.USAGE,
				new ExamWording.Usage(said.length() > 30 ? said.substring(0, 30) + "…" : said)));
	}

	/**
	 * Starts an exam (or finds the running one) and posts its current question to the learner's DM;
	 * what to tell the learner where they typed the command.
	 */
	Message start(String team, String user, int length) {
		ZoneId zone = this.users.zone(team, user);
		ExamService.Started started = this.exams.start(team, user, length, zone);
		started.timedOut().ifPresent(old -> this.deadlines.sendResult(team, user, old.id()));
		Exam exam = started.exam();
		SendOutcome posted = this.outbox.postToDirectMessage(team, user,
				this.view.question(exam, exam.current(), this.exams.now()));
		if (!(posted instanceof SendOutcome.Sent)) {
			return this.notices.notice(ExamWording.POST_FAILED);
		}
		if (!started.fresh()) {
			return notice(ExamWording.RESUMED, new ExamWording.Resumed(exam.current() + 1, exam.size(),
					ExamView.left(exam.timeLeft(this.exams.now()))));
		}
		return notice(ExamWording.STARTED, new ExamWording.Started(exam.size(), minutes(exam.size()),
				TIME.format(exam.deadline().atZone(zone)) + " your time", started.timedOut().isPresent()));
	}

	private Message askToAbandon(String team, String user) {
		Optional<Exam> running = this.exams.running(team, user);
		if (running.isEmpty()) {
			return this.notices.notice(ExamWording.NONE_RUNNING);
		}
		Exam exam = running.get();
		ExamRef ref = new ExamRef(exam.id(), user, exam.current());
		String text = this.view.render(ExamWording.ABANDON_CONFIRM, new ExamWording.Resumed(exam.current() + 1,
				exam.size(), ExamView.left(exam.timeLeft(this.exams.now()))));
		return new Message(text, List.of(section(s -> s.text(markdownText(text))),
				actions(a -> a.blockId("exam_abandon").elements(List.of(
						button(b -> b.actionId(ABANDON).text(plainText("Abandon the exam")).style("danger").value(ref.value())),
						button(b -> b.actionId(KEEP_GOING).text(plainText("Keep going")).value(ref.value())))))));
	}

	private String minutes(int questions) {
		return this.exams.settings().timeFor(questions).toMinutes() + " minutes";
	}

	private <T extends Record> Message notice(io.studycoach.wording.Prompt<T> prompt, T context) {
		return this.notices.notice(prompt, context);
	}

}
