package io.studycoach.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed setting that turns mentions on for public boards (off by default: see KindBoardsTests). */
class MemberNamesTests {

	@Test
	void withMentionsOnABoardNamesMembersAsMentionsWithoutAskingSlack() {
		// No users.info behind it: with mentions on, the name is the mention and Slack is not asked.
		MemberNames names = new MemberNames(null, new BoardsProperties(true));

		assertThat(names.of("T0TEAM", "U0ADA")).isEqualTo("<@U0ADA>");
	}

}
