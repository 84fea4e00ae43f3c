package io.studycoach.slack.bolt;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.util.SlackRequestParser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Clicks read with one Gson come out exactly as Bolt's own parser makes them; the rest is Bolt's. */
class OneGsonRequestParserTests {

	private final AppConfig config = AppConfig.builder().signingSecret("unused").singleTeamBotToken("xoxb-1").build();

	private final SlackRequestParser bolt = new SlackRequestParser(this.config);

	private final OneGsonRequestParser oneGson = new OneGsonRequestParser(this.config);

	/** Slack's block_actions shape with every id the context is filled from set. */
	private static JsonObject click() throws IOException {
		JsonObject payload = JsonParser
			.parseString(Files.readString(Path.of("../shared/slack/payloads/BlockActionPayload.json")))
			.getAsJsonObject();
		payload.getAsJsonObject("enterprise").addProperty("id", "E0GRID");
		payload.getAsJsonObject("team").addProperty("id", "T0TEAM");
		payload.getAsJsonObject("team").addProperty("enterprise_id", "E0TEAM");
		payload.getAsJsonObject("user").addProperty("id", "U0LEARNER");
		payload.getAsJsonObject("user").addProperty("team_id", "T0USER");
		payload.addProperty("trigger_id", "1.2.3");
		payload.addProperty("response_url", "https://hooks.slack.com/actions/T0TEAM/1/abc");
		payload.addProperty("bot_access_token", "xoxb-function");
		return payload;
	}

	private static SlackRequestParser.HttpRequest http(String body, boolean socketMode) {
		return SlackRequestParser.HttpRequest.builder()
			.requestUri("/slack/events")
			.queryString(Map.of("probe", List.of("1")))
			.headers(new RequestHeaders(Map.of("X-Forwarded-For", List.of("203.0.113.9"))))
			.requestBody(body)
			.remoteAddress("127.0.0.1")
			.socketMode(socketMode)
			.build();
	}

	private static String form(JsonObject payload) {
		return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
	}

	@Test
	void aClickComesOutAsBoltMakesIt() throws IOException {
		SlackRequestParser.HttpRequest http = http(form(click()), false);

		assertSame((BlockActionRequest) this.bolt.parse(http), (BlockActionRequest) this.oneGson.parse(http));
	}

	@Test
	void aClickWithoutEnterpriseOrTeamIdTakesThemFromTeamAndUserAsBoltDoes() throws IOException {
		JsonObject payload = click();
		payload.remove("enterprise");
		payload.getAsJsonObject("team").remove("id");
		payload.remove("trigger_id");
		payload.getAsJsonObject("interactivity").addProperty("interactivity_pointer", "9.8.7");
		SlackRequestParser.HttpRequest http = http(form(payload), false);

		BlockActionRequest ours = (BlockActionRequest) this.oneGson.parse(http);

		assertSame((BlockActionRequest) this.bolt.parse(http), ours);
		assertThat(ours.getContext().getTeamId()).isEqualTo("T0USER");
		assertThat(ours.getContext().getEnterpriseId()).isEqualTo("E0TEAM");
		assertThat(ours.getContext().getTriggerId()).isEqualTo("9.8.7");
	}

	@Test
	void aSocketModeClickIsMarkedAsOne() throws IOException {
		SlackRequestParser.HttpRequest http = http(click().toString(), true);

		BlockActionRequest ours = (BlockActionRequest) this.oneGson.parse(http);

		assertSame((BlockActionRequest) this.bolt.parse(http), ours);
		assertThat(ours.isSocketMode()).isTrue();
	}

	@Test
	void everythingElseIsBoltsOwnParsing() throws IOException {
		String command = "command=%2Fquiz&text=stats&team_id=T0TEAM&user_id=U0LEARNER";
		JsonObject submission = JsonParser
			.parseString(Files.readString(Path.of("../shared/slack/payloads/ViewSubmissionPayload.json")))
			.getAsJsonObject();

		for (String body : List.of(command, form(submission), "payload=%7Bnot+json", "")) {
			assertThat(outcome(this.oneGson, body)).as(body).isEqualTo(outcome(this.bolt, body));
		}
		assertThat(outcome(this.oneGson, command)).isEqualTo("SlashCommandRequest");
		assertThat(outcome(this.oneGson, "payload=%7Bnot+json")).isEqualTo("threw JsonSyntaxException");
	}

	/** The kind of request a parser makes of a body, or what it throws. */
	private static String outcome(SlackRequestParser parser, String body) {
		try {
			Request<?> request = parser.parse(http(body, false));
			return request == null ? "none" : request.getClass().getSimpleName();
		}
		catch (RuntimeException ex) {
			return "threw " + ex.getClass().getSimpleName();
		}
	}

	private static void assertSame(BlockActionRequest theirs, BlockActionRequest ours) {
		assertThat(ours.getPayload()).isEqualTo(theirs.getPayload());
		assertThat(ours.getPayload().getUser().getId()).isEqualTo("U0LEARNER");
		assertThat(ours.getRequestBodyAsString()).isEqualTo(theirs.getRequestBodyAsString());
		assertThat(ours.getResponseUrl()).isEqualTo(theirs.getResponseUrl());
		assertThat(ours.getClientIpAddress()).isEqualTo(theirs.getClientIpAddress()).isEqualTo("203.0.113.9");
		assertThat(ours.getQueryString()).isEqualTo(theirs.getQueryString());
		assertThat(ours.isSocketMode()).isEqualTo(theirs.isSocketMode());
		ActionContext a = theirs.getContext();
		ActionContext b = ours.getContext();
		assertThat(List.of(str(b.getTeamId()), str(b.getEnterpriseId()), str(b.getRequestUserId()),
				str(b.getTriggerId()), str(b.getResponseUrl()), str(b.getFunctionBotAccessToken()),
				str(b.getFunctionExecutionId()), str(b.getBotToken()), str(b.getBotUserId())))
			.isEqualTo(List.of(str(a.getTeamId()), str(a.getEnterpriseId()), str(a.getRequestUserId()),
					str(a.getTriggerId()), str(a.getResponseUrl()), str(a.getFunctionBotAccessToken()),
					str(a.getFunctionExecutionId()), str(a.getBotToken()), str(a.getBotUserId())));
	}

	private static String str(String value) {
		return String.valueOf(value);
	}

}
