package io.studycoach.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.studycoach.delivery.DeliveryTick;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox page and what it does. Commands, clicks and opening the Home tab become Slack-shaped,
 * signed requests to {@code POST /slack/events}; replies come back through the stand-in Web API and
 * the response_urls below, as they would from Slack. Only the clock control reaches into the app: it
 * moves the sandbox clock and runs the delivery tick, as the scheduler would.
 */
@RestController
@ConditionalOnProperty(SandboxEnvironment.ENABLED)
class SandboxUi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SandboxWorkspace workspace;

	private final SignedRequests slack;

	private final SandboxClock clock;

	private final DeliveryTick tick;

	SandboxUi(SandboxWorkspace workspace, SignedRequests slack, SandboxClock clock, DeliveryTick tick) {
		this.workspace = workspace;
		this.slack = slack;
		this.clock = clock;
		this.tick = tick;
	}

	@GetMapping(path = { "/sandbox", "/sandbox/" }, produces = MediaType.TEXT_HTML_VALUE)
	String page() throws IOException {
		return asset("index.html");
	}

	@GetMapping("/sandbox/assets/{name:[a-z]+\\.(?:js|css)}")
	ResponseEntity<String> assets(@PathVariable String name) throws IOException {
		MediaType type = name.endsWith(".js") ? MediaType.valueOf("text/javascript") : MediaType.valueOf("text/css");
		return ResponseEntity.ok().contentType(type).body(asset(name));
	}

	@GetMapping("/sandbox/files/{id}")
	ResponseEntity<byte[]> file(@PathVariable String id) {
		return this.workspace.file(id)
			.map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping(path = "/sandbox/ui/state", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode state(@RequestParam String user, @RequestParam String conversation) {
		ObjectNode state = JSON.createObjectNode();
		ArrayNode members = state.putArray("members");
		this.workspace.members().forEach(m -> members.addObject().put("id", m.id()).put("name", m.name())
			.put("zone", m.zone()).put("lead", m.lead()).put("dm", SandboxWorkspace.dm(m.id())));
		state.put("channel", SandboxWorkspace.CHANNEL).put("channelName", SandboxWorkspace.CHANNEL_NAME);
		state.put("now", this.clock.instant().toString());
		ArrayNode messages = state.putArray("messages");
		for (SandboxWorkspace.Post post : this.workspace.visible(conversation, user)) {
			String from = post.from().equals(SandboxWorkspace.BOT_USER) ? "Study Coach"
					: this.workspace.member(post.from()).map(SandboxWorkspace.Member::name).orElse(post.from());
			ObjectNode message = messages.addObject().put("ts", post.ts()).put("from", from).put("text", post.text())
				.put("ephemeral", !post.visibleTo().isEmpty());
			message.set("blocks", post.blocks());
		}
		state.set("home", this.workspace.home(user).orElse(null));
		return state;
	}

	/** A slash command typed as {@code user} in {@code conversation}; the acknowledgement shows as Slack shows it. */
	@PostMapping(path = "/sandbox/ui/command", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode command(@RequestBody Map<String, String> body, HttpServletRequest request) throws IOException {
		String user = body.get("user");
		String conversation = body.get("conversation");
		String text = body.getOrDefault("text", "").trim();
		if (!text.startsWith("/quiz")) {
			return JSON.createObjectNode().put("ok", false).put("error", "Only /quiz is installed in this sandbox.");
		}
		this.workspace.post(conversation, user, text, null, user);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", "sandbox");
		form.put("team_id", SandboxWorkspace.TEAM);
		form.put("team_domain", "sandbox");
		form.put("channel_id", conversation);
		form.put("channel_name", conversation.equals(SandboxWorkspace.CHANNEL) ? SandboxWorkspace.CHANNEL_NAME : "directmessage");
		form.put("user_id", user);
		form.put("user_name", this.workspace.member(user).map(SandboxWorkspace.Member::name).orElse(user));
		form.put("command", "/quiz");
		form.put("text", this.workspace.mentions(text.substring("/quiz".length()).trim()));
		form.put("api_app_id", "A0SANDBOX");
		form.put("response_url", responseUrl(request, conversation, "", user));
		form.put("trigger_id", Long.toString(System.nanoTime()));
		HttpResponse<String> ack = this.slack.form(request.getLocalPort(), form);
		if (ack.statusCode() == 200 && !ack.body().isBlank()) {
			JsonNode reply = JSON.readTree(ack.body());
			this.workspace.post(conversation, SandboxWorkspace.BOT_USER, reply.path("text").asText(""),
					reply.path("blocks").isArray() ? reply.path("blocks") : null,
					"in_channel".equals(reply.path("response_type").asText()) ? "" : user);
		}
		return JSON.createObjectNode().put("ok", ack.statusCode() == 200).put("status", ack.statusCode());
	}

	/** A click on a button (with the message's ticked checkboxes) as block_actions. */
	@PostMapping(path = "/sandbox/ui/action", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode action(@RequestBody JsonNode body, HttpServletRequest request) throws IOException {
		String user = body.path("user").asText();
		String conversation = body.path("conversation").asText();
		String ts = body.path("ts").asText();
		boolean ephemeral = this.workspace.find(conversation, ts).map(p -> !p.visibleTo().isEmpty()).orElse(false);
		ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0SANDBOX")
			.put("token", "sandbox").put("trigger_id", Long.toString(System.nanoTime()));
		payload.putObject("team").put("id", SandboxWorkspace.TEAM).put("domain", "sandbox");
		payload.putObject("user").put("id", user).put("username", user).put("name", user).put("team_id", SandboxWorkspace.TEAM);
		boolean home = "home".equals(conversation);
		if (home) {
			payload.putObject("container").put("type", "view").put("view_id", "V0HOME");
			payload.putObject("view").put("id", "V0HOME").put("type", "home").put("team_id", SandboxWorkspace.TEAM);
		}
		else {
			payload.putObject("container").put("type", "message").put("message_ts", ts).put("channel_id", conversation)
				.put("is_ephemeral", ephemeral);
			payload.putObject("channel").put("id", conversation).put("name", conversation);
			payload.put("response_url", responseUrl(request, conversation, ts, user));
			payload.set("state", body.path("state"));
		}
		ObjectNode action = payload.putArray("actions").addObject();
		action.put("type", "button").put("action_id", body.path("actionId").asText())
			.put("block_id", body.path("blockId").asText()).put("value", body.path("value").asText())
			.put("action_ts", actionTs());
		action.putObject("text").put("type", "plain_text").put("text", body.path("label").asText("button"));
		HttpResponse<String> ack = this.slack.form(request.getLocalPort(),
				Map.of("payload", JSON.writeValueAsString(payload)));
		return JSON.createObjectNode().put("ok", ack.statusCode() == 200).put("status", ack.statusCode());
	}

	/** The member opens the app's Home tab: an app_home_opened event. */
	@PostMapping(path = "/sandbox/ui/home", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode home(@RequestBody Map<String, String> body, HttpServletRequest request) throws IOException {
		ObjectNode event = JSON.createObjectNode().put("token", "sandbox").put("team_id", SandboxWorkspace.TEAM)
			.put("api_app_id", "A0SANDBOX").put("type", "event_callback")
			.put("event_id", "Ev" + System.nanoTime()).put("event_time", Instant.now().getEpochSecond());
		event.putObject("event").put("type", "app_home_opened").put("user", body.get("user"))
			.put("channel", SandboxWorkspace.dm(body.get("user"))).put("tab", "home")
			.put("event_ts", Instant.now().getEpochSecond() + ".000100");
		HttpResponse<String> ack = this.slack.json(request.getLocalPort(), JSON.writeValueAsString(event));
		return JSON.createObjectNode().put("ok", ack.statusCode() == 200);
	}

	/**
	 * Sandbox only: moves the clock to noon of the member's next day ({@code "day"}) or next Monday
	 * ({@code "week"}, when weekly summaries go out), then runs the delivery tick as each minute would.
	 */
	@PostMapping(path = "/sandbox/ui/clock", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode clock(@RequestBody Map<String, String> body) {
		ZoneId zone = this.workspace.member(body.getOrDefault("user", ""))
			.map(m -> ZoneId.of(m.zone()))
			.orElse(ZoneOffset.UTC);
		LocalDate today = this.clock.instant().atZone(zone).toLocalDate();
		LocalDate next = "week".equals(body.get("step")) ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
				: today.plusDays(1);
		this.clock.moveTo(ZonedDateTime.of(next, LocalTime.NOON, zone).toInstant());
		int handled = this.tick.run();
		return JSON.createObjectNode().put("now", this.clock.instant().toString()).put("handled", handled);
	}

	/** Slack's response_url for a command or a click. */
	@PostMapping("/sandbox/respond/{key}")
	String respond(@PathVariable String key, @RequestBody JsonNode message) {
		String[] parts = new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8).split("\\|", -1);
		String conversation = parts[0];
		String ts = parts[1];
		String user = parts[2];
		JsonNode blocks = message.path("blocks").isArray() ? message.path("blocks") : null;
		String text = message.path("text").asText("");
		if (message.path("replace_original").asBoolean(false) && !ts.isEmpty()) {
			this.workspace.replace(conversation, ts, text, blocks);
		}
		else {
			this.workspace.post(conversation, SandboxWorkspace.BOT_USER, text, blocks,
					"in_channel".equals(message.path("response_type").asText()) ? "" : user);
		}
		return "ok";
	}

	private static String responseUrl(HttpServletRequest request, String conversation, String ts, String user) {
		String key = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((conversation + "|" + ts + "|" + user).getBytes(StandardCharsets.UTF_8));
		return SandboxSlackApi.base(request) + "/sandbox/respond/" + key;
	}

	/** Slack's action_ts: seconds and microseconds, different for every click (exams tell replays by it). */
	private static String actionTs() {
		Instant now = Instant.now();
		return now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000);
	}

	private static String asset(String name) throws IOException {
		try (InputStream in = new ClassPathResource("sandbox/" + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
