package io.studycoach.slack.summary;

import io.studycoach.progress.Boards;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Subcommand;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * {@code /quiz boards off|on}: whether the member's name appears on public boards (weekly summaries,
 * challenge standings) in this workspace. Their points still count; they still see their own place.
 */
@Component
class BoardsCommand implements Subcommand {

	private final Boards boards;

	private final NoticeView notices;

	BoardsCommand(Boards boards, NoticeView notices) {
		this.boards = boards;
		this.notices = notices;
	}

	@Override
	public boolean handles(List<String> words) {
		return CommandCall.first(words).equals("boards");
	}

	@Override
	public boolean callsSlack() {
		return false;
	}

	@Override
	public Optional<Supplier<Message>> parse(CommandCall call) {
		return call.onOff().map(on -> () -> {
			this.boards.showOnBoards(call.team(), call.user(), on);
			return this.notices.notice(SummaryWording.BOARDS_SET, new SummaryWording.BoardsSet(on));
		});
	}

}
