package io.studycoach.security;

import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every lead-only command is refused, politely and by name of the leads, for anyone else. */
class LeadOnlyCommandTests extends CoachIntegrationTest {

	private static final List<String> LEAD_ONLY = List.of("setup", "setup 10:00 Europe/Paris daily",
			"setup summary friday 16:00", "setup plan exam", "pause", "resume", "post", "summary", "summary post",
			"lead add <@U0SNEAK|sneak>", "lead remove <@U0LEAD|lead>", "challenge start 7d", "challenge end");

	@Test
	void everyLeadOnlyCommandIsRefusedForMembers() {
		SlackStub.userZone("U0LEAD", "UTC");
		reply("U0LEAD", "setup 09:00 UTC", "setup");
		reply("U0LEAD", "challenge start 7d", "challenge");

		for (String command : LEAD_ONLY) {
			assertThat(reply("U0MEMBER", command, "m" + command.hashCode())).as(command)
				.contains("only this channel's leads")
				.contains("<@U0LEAD>");
		}

		assertThat(redis().hget("sc:{" + this.team + "}:ch:C0STUDY", "paused")).isEqualTo("0");
		assertThat(redis().hget("sc:{" + this.team + "}:ch:C0STUDY", "setup_by")).isEqualTo("U0LEAD");
		assertThat(redis().smembers("sc:{" + this.team + "}:ch:C0STUDY:leads")).isEmpty();
		assertThat(redis().hget("sc:{" + this.team + "}:ch:C0STUDY", "plan")).isNull();
		// In the channel: the lead's setup announced, and her challenge; nothing from the member's refused commands.
		assertThat(SlackStub.calls("chat.postMessage").stream().filter(c -> "C0STUDY".equals(c.get("channel")))).hasSize(2);
	}

	private String reply(String user, String text, String name) {
		this.slack.command(this.team, user, "C0STUDY", text, SlackStub.responseUrl(name));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses(name).isEmpty());
		return SlackStub.responses(name).get(0).toString();
	}

}
