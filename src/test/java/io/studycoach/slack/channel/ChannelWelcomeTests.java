package io.studycoach.slack.channel;

import io.studycoach.progress.Forgetting;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A member joining a study channel gets one private welcome: its schedule and the one command to start. */
class ChannelWelcomeTests extends CoachIntegrationTest {

	private static final String LEAD = "U0LEAD";

	private static final String JOINER = "U0JOINER";

	@Autowired
	private Forgetting forgetting;

	@BeforeEach
	void slackAcceptsEphemeralMessages() {
		SlackStub.when("chat.postEphemeral", "", """
				{"ok":true,"message_ts":"1772500000.000200"}""");
	}

	@Test
	void aMemberJoiningAStudyChannelIsWelcomedPrivatelyOnceWhateverSlackRetries() {
		command(LEAD, "setup 08:30 Europe/Berlin", "setup");

		HttpResponse<String> ack = joined("Ev0JOIN1", JOINER, STUDY_CHANNEL, 0);
		assertThat(ack.statusCode()).isEqualTo(200);
		joined("Ev0JOIN1", JOINER, STUDY_CHANNEL, 1);
		// Left and came back: a new event, still no second welcome.
		joined("Ev0JOIN2", JOINER, STUDY_CHANNEL, 0);
		// Not for the bot itself, nor in a channel that is no study channel.
		joined("Ev0JOIN3", SlackStub.BOT_USER, STUDY_CHANNEL, 0);
		joined("Ev0JOIN4", "U0ELSEWHERE", "C0RANDOM", 0);
		// Everything above was decided before its acknowledgement; this one marks the end of the queue.
		joined("Ev0JOIN5", "U0SECOND", STUDY_CHANNEL, 0);

		await().atMost(Duration.ofSeconds(10)).until(() -> ephemerals().size() >= 2);
		List<Map<String, String>> sent = ephemerals();
		assertThat(sent).extracting(c -> c.get("user")).containsExactlyInAnyOrder(JOINER, "U0SECOND");
		Map<String, String> welcome = sent.stream().filter(c -> JOINER.equals(c.get("user"))).findFirst().orElseThrow();
		assertThat(welcome.get("channel")).isEqualTo(STUDY_CHANNEL);
		assertThat(welcome.get("text")).contains("Welcome to <#" + STUDY_CHANNEL + ">")
			.contains("weekdays at *08:30* (Europe/Berlin)")
			.contains("Type `/quiz`")
			.contains("Only you see whether you were right");
		assertThat(welcome.get("blocks")).contains("/quiz");
	}

	@Test
	void forgetMeRemovesTheWelcomeMarker() {
		command(LEAD, "setup 09:00 UTC", "setup");
		joined("Ev0JOIN6", JOINER, STUDY_CHANNEL, 0);
		String marker = RedisKeys.team(this.team).learnerWelcomed(JOINER, STUDY_CHANNEL);
		assertThat(redis().exists(marker)).isEqualTo(1);

		this.forgetting.forget(this.team, JOINER);

		assertThat(redis().exists(marker)).isZero();
	}

	private HttpResponse<String> joined(String eventId, String user, String channel, int retry) {
		return this.slack.event(this.team, eventId, Map.of("type", "member_joined_channel", "user", user, "channel",
				channel, "channel_type", "C", "team", this.team, "event_ts", "1772500000.000300"), retry);
	}

	private static List<Map<String, String>> ephemerals() {
		return SlackStub.calls("chat.postEphemeral");
	}

}
