package io.studycoach.slack.quiz;

import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Refusal;
import io.studycoach.slack.RefusalWording;
import io.studycoach.slack.Subcommand;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** {@code /quiz help}: every sub-command in one message. */
@Component
class HelpCommand implements Subcommand {

	private final NoticeView notices;

	HelpCommand(NoticeView notices) {
		this.notices = notices;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("help");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Refusal> refusal(CommandCall call) {
		return call.args().stream().findFirst().map(word -> new Refusal(Refusal.Problem.EXTRA_WORD, word, RefusalWording.HELP));
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return call.args().isEmpty() ? Optional.of(() -> this.notices.help(COMMAND, "")) : Optional.empty();
	}

}
