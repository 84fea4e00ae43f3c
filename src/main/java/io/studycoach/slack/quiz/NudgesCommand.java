package io.studycoach.slack.quiz;

import io.studycoach.delivery.ExamNudges;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** {@code /quiz nudges off|on}: the gentle reminder before an exam date. */
@Component
class NudgesCommand implements Subcommand {

	private final ExamNudges nudges;

	private final NoticeView notices;

	NudgesCommand(ExamNudges nudges, NoticeView notices) {
		this.nudges = nudges;
		this.notices = notices;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("nudges");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		List<String> args = call.args();
		return Optional.of(args.size() > 1 ? new Refusal(Refusal.Problem.EXTRA_WORD, args.get(1), RefusalWording.NUDGES)
				: new Refusal(Refusal.Problem.NOT_ON_OFF, args.isEmpty() ? "" : args.get(0), RefusalWording.NUDGES));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return call.onOff().map(on -> () -> {
			this.nudges.setEnabled(call.team(), call.user(), on);
			return this.notices.notice(Wording.NUDGES_SET, new Wording.NudgesSet(on));
		});
	}

}
