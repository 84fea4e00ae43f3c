package io.studycoach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;

/**
 * Slack's side for the tests: a WireMock server answering the Web API with Slack-shaped JSON and
 * taking {@code response_url} posts, one server for the whole test run.
 */
public final class SlackStub {

	public static final String BOT_USER = "UBOTCOACH";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static WireMockServer server;

	private SlackStub() {
	}

	public static synchronized WireMockServer server() {
		if (server == null) {
			server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(32));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			reset();
		}
		return server;
	}

	/** Clears recorded requests and stubs, then answers as a healthy workspace. */
	public static void reset() {
		WireMockServer wireMock = server();
		wireMock.resetAll();
		wireMock.stubFor(any(urlPathEqualTo("/api/auth.test")).willReturn(okJson("""
				{"ok":true,"url":"https://study.slack.com/","team":"Study","user":"coach","team_id":"T0TEST",
				"user_id":"%s","bot_id":"B0COACH"}""".formatted(BOT_USER))));
		wireMock.stubFor(any(urlPathEqualTo("/api/users.info"))
			.willReturn(okJson(usersInfo("U0DEFAULT", "America/Los_Angeles"))));
		wireMock.stubFor(post(urlPathMatching("/respond/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
		wireMock.stubFor(any(urlPathEqualTo("/api/conversations.info")).willReturn(okJson("""
				{"ok":true,"channel":{"id":"C0STUDY","name":"pmle-study","is_channel":true,"is_member":true,
				"is_archived":false}}""")));
		wireMock.stubFor(any(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson("""
				{"ok":true,"channel":"C0STUDY","ts":"1772500000.000100","message":{"type":"message","text":""}}""")));
		wireMock.stubFor(any(urlPathEqualTo("/api/chat.update")).willReturn(okJson("""
				{"ok":true,"channel":"C0STUDY","ts":"1772500000.000100","text":""}""")));
		wireMock.stubFor(any(urlPathEqualTo("/api/files.getUploadURLExternal")).willReturn(okJson("""
				{"ok":true,"upload_url":"%s/upload/F0CHART","file_id":"F0CHART"}""".formatted(wireMock.baseUrl()))));
		wireMock.stubFor(post(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200).withBody("OK")));
		wireMock.stubFor(any(urlPathEqualTo("/api/files.completeUploadExternal")).willReturn(okJson("""
				{"ok":true,"files":[{"id":"F0CHART","title":"chart"}]}""")));
		wireMock.stubFor(any(urlPathEqualTo("/api/conversations.open")).willReturn(okJson("""
				{"ok":true,"channel":{"id":"D0DM"}}""")));
		wireMock.stubFor(any(urlPathEqualTo("/api/conversations.history")).willReturn(okJson("""
				{"ok":true,"messages":[],"has_more":false}""")));
		wireMock.stubFor(any(urlPathEqualTo("/api/views.publish")).willReturn(okJson("""
				{"ok":true,"view":{"id":"V0HOME","type":"home"}}""")));
	}

	/** Makes auth.test say the bot token belongs to workspace {@code team}. */
	public static void tokenOf(String team) {
		server().stubFor(any(urlPathEqualTo("/api/auth.test")).atPriority(2).willReturn(okJson("""
				{"ok":true,"url":"https://study.slack.com/","team":"Study","user":"coach","team_id":"%s",
				"user_id":"%s","bot_id":"B0COACH"}""".formatted(team, BOT_USER))));
	}

	/** Stubs {@code method} to answer with Slack's error {@code error} (HTTP 200, ok false). */
	public static void error(String method, String error) {
		server().stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(1)
			.willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));
	}

	/** Stubs {@code method} for requests whose body contains {@code marker}. */
	public static void when(String method, String marker, String json) {
		server().stubFor(any(urlPathEqualTo("/api/" + method)).atPriority(1)
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(marker))
			.willReturn(okJson(json)));
	}

	/** Makes users.info report an admin or owner. */
	public static void admin(String user) {
		server().stubFor(any(urlPathEqualTo("/api/users.info"))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + user))
			.atPriority(1)
			.willReturn(okJson(usersInfo(user, "Europe/Berlin").replace("\"is_admin\":false", "\"is_admin\":true"))));
	}

	public static String apiUrl() {
		return server().baseUrl() + "/api/";
	}

	public static String responseUrl(String name) {
		return server().baseUrl() + "/respond/" + name;
	}

	/** Makes users.info report {@code zone} for {@code user}. */
	public static void userZone(String user, String zone) {
		server().stubFor(any(urlPathEqualTo("/api/users.info"))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + user))
			.atPriority(1)
			.willReturn(okJson(usersInfo(user, zone))));
	}

	/** Makes users.info report {@code zone} and the display name {@code name} for {@code user}. */
	public static void member(String user, String zone, String name) {
		server().stubFor(any(urlPathEqualTo("/api/users.info"))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("user=" + user))
			.atPriority(1)
			.willReturn(okJson(usersInfo(user, zone).replace("\"is_bot\":false",
					"\"is_bot\":false,\"profile\":{\"display_name\":\"" + name + "\",\"real_name\":\"A Learner\"}"))));
	}

	public static String usersInfo(String user, String zone) {
		return """
				{"ok":true,"user":{"id":"%s","team_id":"T0TEST","name":"learner","deleted":false,
				"real_name":"A Learner","tz":"%s","tz_label":"","tz_offset":0,"is_admin":false,"is_owner":false,
				"is_bot":false}}""".formatted(user, zone);
	}

	/** The JSON bodies posted to one response_url, oldest first. */
	public static List<JsonNode> responses(String name) {
		return server().findAll(anyRequestedFor(urlPathEqualTo("/respond/" + name)))
			.stream()
			.map(SlackStub::json)
			.toList();
	}

	/** Waits up to 10 seconds for the coach to post to response_url {@code name}; its latest post there. */
	public static JsonNode awaitResponse(String name) {
		return awaitResponse(name, Duration.ofSeconds(10));
	}

	public static JsonNode awaitResponse(String name, Duration atMost) {
		await().atMost(atMost).until(() -> !responses(name).isEmpty());
		List<JsonNode> responses = responses(name);
		return responses.get(responses.size() - 1);
	}

	/** The Web API calls to {@code method}, as their form or JSON arguments. */
	public static List<Map<String, String>> calls(String method) {
		return server().findAll(anyRequestedFor(urlPathEqualTo("/api/" + method))).stream().map(SlackStub::form).toList();
	}

	/** The bot tokens that calls to {@code method} carried, in order. */
	public static List<String> tokens(String method) {
		return server().findAll(anyRequestedFor(urlPathEqualTo("/api/" + method)))
			.stream()
			.map(request -> request.getHeader("Authorization"))
			.map(header -> header == null ? "" : header.replaceFirst("^Bearer ", ""))
			.toList();
	}

	private static JsonNode json(LoggedRequest request) {
		try {
			return JSON.readTree(request.getBodyAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Not JSON: " + request.getBodyAsString(), ex);
		}
	}

	private static Map<String, String> form(LoggedRequest request) {
		String body = request.getBodyAsString();
		if (body.startsWith("{")) {
			Map<String, String> form = new HashMap<>();
			json(request).fields().forEachRemaining(e -> form.put(e.getKey(),
					e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
			return form;
		}
		return SlackRequests.formFields(body);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
