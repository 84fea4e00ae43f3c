package io.studycoach.slack.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.support.SlackStub;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refused {@code /quiz} names the problem and the form that works, with that sub-command's help
 * only, at once in the acknowledgement: signed slash commands through the real Bolt app.
 */
class RefusalTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String LEAD = "U0LEAD";

	/** Typed words, the exact first line of the reply, and a line of the help that must follow. */
	private static final Map<String, List<String>> REFUSALS = new LinkedHashMap<>();

	static {
		refusal("setup 25:99", "`25:99` isn't a time — use HH:MM, like `09:00`.", "/quiz setup [HH:MM]");
		refusal("setup 9am", "`9am` isn't a time — use HH:MM, like `09:00`.", "/quiz setup [HH:MM]");
		refusal("setup 09:00 Mars/Olympus", "`Mars/Olympus` is an unknown time zone — use a name like `Europe/Berlin`.",
				"/quiz setup [HH:MM] [time zone]");
		refusal("setup 09:00 PST", "`PST` is an unknown time zone — use a name like `Europe/Berlin`.", "/quiz setup");
		refusal("setup 09:00 10:00", "`10:00` is more than this command takes.", "/quiz setup");
		refusal("setup weekly", "I don't know `weekly` here.", "[weekdays|daily]");
		refusal("setup plan fast", "`fast` isn't a plan — use `exam` or `data-engineer`.", "/quiz setup plan");
		refusal("setup plan", "Say which plan — use `exam` or `data-engineer`.", "/quiz setup plan");
		refusal("challenge start 99d", "`99d`: challenges run 1 to 60 days — give the length like `7d`.",
				"/quiz challenge start");
		refusal("challenge start 0d", "`0d`: challenges run 1 to 60 days — give the length like `7d`.",
				"/quiz challenge start");
		refusal("challenge start", "Challenges run 1 to 60 days — give the length like `7d`.", "/quiz challenge start");
		refusal("challenge start 7d d9",
				"`d9` isn't a list of domains — domains are `d1` to `d6`, joined with commas, like `d4,d6`.",
				"`d4` ML Model Development");
		refusal("challenge start 7d per-day 9",
				"`per-day 9`: a challenge asks 1 to 5 questions a day — use `per-day 2`, for example.",
				"/quiz challenge start");
		refusal("challenge start 7d " + "x".repeat(300),
				"That name is 300 characters long; a challenge name takes at most 60.", "/quiz challenge start");
		refusal("challenge begin", "I don't know `begin` here.", "/quiz challenge join");
		refusal("challenge", "`/quiz challenge` needs more words.", "/quiz challenge join");
		refusal("challenge join now", "`now` is more than this command takes.", "/quiz challenge join");
		refusal("d9", "There's no study area `d9`. These are the ones there are:", "`d6` ");
		refusal("s9", "There's no study area `s9`. These are the ones there are:", "`s4` Serving");
		refusal("d4 please", "`please` is more than this command takes.", "/quiz &lt;domain&gt;");
		refusal("pause now", "`now` is more than this command takes.", "/quiz pause");
		refusal("post it", "`it` is more than this command takes.", "/quiz post");
		refusal("lead add Ana", "`Ana` isn't someone I can find — type @ and pick the person from Slack's list, "
				+ "like `/quiz lead add @Ana`.", "/quiz lead add|remove");
		refusal("lead add", "Say who — type @ and pick the person from Slack's list, like `/quiz lead add @Ana`.",
				"/quiz lead add|remove");
		refusal("lead promote <@U0ANA|ana>", "I don't know `promote` here.", "/quiz lead add|remove");
		refusal("subscribe 7pm", "`7pm` isn't a time — use HH:MM, like `09:00`.", "/quiz subscribe [HH:MM]");
		refusal("subscribe 08:00 Europe/Berlin", "`Europe/Berlin` is more than this command takes.",
				"/quiz subscribe [HH:MM]");
		refusal("unsubscribe all", "`all` is more than this command takes.", "/quiz unsubscribe");
		refusal("setup summary funday 09:00", "`funday` isn't a day — use a day of the week, like `monday`.",
				"/quiz setup summary");
		refusal("setup summary monday 9", "`9` isn't a time — use HH:MM, like `09:00`.", "/quiz setup summary");
		refusal("setup summary monday", "`/quiz setup summary monday` needs more words.", "/quiz setup summary");
		refusal("leaderboard forever", "I don't know `forever` here.", "/quiz leaderboard [week|all]");
		refusal("summary now", "I don't know `now` here.", "/quiz summary [post]");
		refusal("plan quick", "`quick` isn't a plan — use `exam` or `data-engineer`.", "/quiz plan data-engineer");
		refusal("nudges maybe", "`maybe` isn't on or off — use `on` or `off`.", "/quiz nudges off");
		refusal("exam-date", "`/quiz exam-date` needs more words.", "/quiz exam-date YYYY-MM-DD");
		refusal("exam-date 2027-03-15 please", "`please` is more than this command takes.", "/quiz exam-date clear");
		refusal("stats now", "`now` is more than this command takes.", "/quiz stats");
		refusal("help setup", "`setup` is more than this command takes.", "/quiz help");
		refusal("forget-me now", "`now` is more than this command takes.", "/quiz forget-me");
	}

	private static void refusal(String typed, String problem, String help) {
		REFUSALS.put(typed, List.of(problem, help));
	}

	@Test
	void eachRefusalNamesTheProblemAndTheFormThatWorksWithThatSubcommandsHelpOnly() throws Exception {
		SlackStub.userZone(LEAD, "UTC");
		command(LEAD, "setup 09:00 UTC", "setup");
		for (Map.Entry<String, List<String>> refusal : REFUSALS.entrySet()) {
			String typed = refusal.getKey();
			HttpResponse<String> ack = this.slack.command(this.team, LEAD, STUDY_CHANNEL, typed, "http://unused/");

			assertThat(ack.statusCode()).as(typed).isEqualTo(200);
			JsonNode reply = JSON.readTree(ack.body());
			assertThat(reply.path("response_type").asText()).as(typed).isEqualTo("ephemeral");
			String text = reply.path("text").asText();
			List<String> lines = text.lines().toList();
			assertThat(lines.get(0)).as(typed).isEqualTo(":thinking_face: " + refusal.getValue().get(0));
			assertThat(text).as(typed).contains(refusal.getValue().get(1)).doesNotContain("I don't understand");
			// The sub-command's help alone, never the whole list.
			assertThat(lines).as(typed).hasSizeLessThanOrEqualTo(7);
			assertThat(text).as(typed).doesNotContain("*For study-group leads");
		}
	}

	@Test
	void anUnknownCommandWordStillGetsTheWholeList() throws Exception {
		JsonNode reply = JSON.readTree(this.slack.command(this.team, LEAD, STUDY_CHANNEL, "frobnicate", "http://unused/").body());

		assertThat(reply.path("text").asText()).startsWith(":thinking_face: I don't understand `frobnicate`.")
			.contains("*For study-group leads");
	}

}
