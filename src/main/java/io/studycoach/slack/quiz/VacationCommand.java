package io.studycoach.slack.quiz;

import io.studycoach.learning.StudyCalendar;
import io.studycoach.progress.StreakCalendars;
import io.studycoach.quiz.QuizService;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;
import io.studycoach.slack.web.SlackUsers;
import io.studycoach.wording.Count;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * {@code /quiz vacation 7} holds the caller's streak for 1 to 14 days from today, or from tomorrow
 * once they answered today (their own calendar); {@code /quiz vacation off} ends it. Any other length is refused with the one form that works.
 */
@Component
class VacationCommand implements Subcommand {

	/** "7", "7d" or "7days". */
	private static final Pattern DAYS = Pattern.compile("(\\d{1,6})\\s*(d|days?)?");

	private final StreakCalendars calendars;

	private final QuizService quiz;

	private final SlackUsers users;

	private final NoticeView notices;

	VacationCommand(StreakCalendars calendars, QuizService quiz, SlackUsers users, NoticeView notices) {
		this.calendars = calendars;
		this.quiz = quiz;
		this.users = users;
		this.notices = notices;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("vacation");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		String given = String.join(" ", call.args()).strip().toLowerCase(Locale.ROOT);
		if (given.equals("off") || given.equals("end") || given.equals("stop")) {
			return Optional.of(() -> {
				LocalDate today = today(call);
				StudyCalendar calendar = this.calendars.calendar(call.team(), call.user());
				// A vacation asked for after today's answer starts tomorrow: ending it counts too.
				boolean wasOn = calendar.heldUntil(today).or(() -> calendar.heldUntil(today.plusDays(1))).isPresent();
				this.calendars.endHold(call.team(), call.user(), today);
				return this.notices.notice(VacationWording.ENDED, new VacationWording.Ended(wasOn));
			});
		}
		Matcher days = DAYS.matcher(given);
		int length = days.matches() ? Integer.parseInt(days.group(1)) : 0;
		if (length < 1 || length > StudyCalendar.MAX_HOLD_DAYS) {
			String shown = given.length() > 40 ? given.substring(0, 40) + "…" : given;
			return Optional.of(() -> this.notices.notice(VacationWording.REFUSED,
					new VacationWording.Refused(shown, Count.of(StudyCalendar.MAX_HOLD_DAYS))));
		}
		return Optional.of(() -> {
			LocalDate today = today(call);
			// Today is already a study day done once answered: the vacation then starts tomorrow.
			LocalDate from = this.quiz.progress(call.team(), call.user()).days().contains(today) ? today.plusDays(1)
					: today;
			this.calendars.hold(call.team(), call.user(), from, length);
			return this.notices.notice(VacationWording.HELD, new VacationWording.Held(Count.of(length),
					Wording.dayAndDate(from.plusDays(length - 1))));
		});
	}

	private LocalDate today(CommandCall call) {
		return this.quiz.today(this.users.zoneWithoutWaiting(call.team(), call.user()));
	}

}
