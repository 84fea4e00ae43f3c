package io.studycoach.slack;

import io.studycoach.slack.web.SlackUsers;
import io.studycoach.wording.Prompts;

import org.springframework.stereotype.Component;

/**
 * How a member appears on a public board: their Slack display name as plain, escaped text, so a
 * board posted in a channel notifies nobody; a mention only when {@code coach.boards.mentions} is on.
 */
@Component
public class MemberNames {

	/** When Slack gives no name at all: still no mention. */
	static final String NAMELESS = "a member";

	private final SlackUsers users;

	private final BoardsProperties settings;

	MemberNames(SlackUsers users, BoardsProperties settings) {
		this.users = users;
		this.settings = settings;
	}

	/** May call users.info (cached for a day): never on the way to an acknowledgement. */
	public String of(String teamId, String userId) {
		if (this.settings.mentions()) {
			return NoticeView.mention(userId);
		}
		String name = this.users.profile(teamId, userId).name();
		return name.isBlank() ? NAMELESS : Prompts.escape(name);
	}

}
