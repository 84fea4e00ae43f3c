package io.studycoach.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's stand-in for Slack's Web API (https://api.slack.com/web): the methods the coach
 * calls, answered from the in-memory workspace with Slack's response shapes and error codes.
 */
@RestController
@ConditionalOnProperty(SandboxEnvironment.ENABLED)
class SandboxSlackApi {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final SandboxWorkspace workspace;

	SandboxSlackApi(SandboxWorkspace workspace) {
		this.workspace = workspace;
	}

	@PostMapping(path = "/sandbox/api/{method}", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode call(@PathVariable String method, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = "Authorization", required = false) String authorization, HttpServletRequest request) {
		if (!("Bearer " + SandboxEnvironment.BOT_TOKEN).equals(authorization)
				&& !SandboxEnvironment.BOT_TOKEN.equals(form.getFirst("token"))) {
			return error("invalid_auth");
		}
		Map<String, String> args = form.toSingleValueMap();
		return switch (method) {
			case "auth.test" -> ok().put("url", "https://sandbox.local/").put("team", "Study Coach sandbox")
				.put("user", "studycoach").put("team_id", SandboxWorkspace.TEAM)
				.put("user_id", SandboxWorkspace.BOT_USER).put("bot_id", "B0SANDBOX");
			case "users.info" -> usersInfo(args.get("user"));
			case "conversations.info" -> conversationsInfo(args.get("channel"));
			case "conversations.open" -> this.workspace.conversation(args.getOrDefault("users", ""))
				.<JsonNode>map(c -> ok().set("channel", JSON.createObjectNode().put("id", c)))
				.orElseGet(() -> error("user_not_found"));
			case "conversations.join" -> {
				this.workspace.setBotInChannel(true);
				yield ok().set("channel", channel(SandboxWorkspace.CHANNEL));
			}
			case "conversations.members" -> {
				ArrayNode ids = JSON.createArrayNode();
				this.workspace.members().forEach(m -> ids.add(m.id()));
				yield ok().set("members", ids);
			}
			case "chat.postMessage" -> post(args, "");
			case "chat.postEphemeral" -> this.workspace.member(args.get("user")).isPresent() ? post(args, args.get("user"))
					: error("user_not_in_channel");
			case "chat.update" -> update(args);
			case "views.publish" -> publish(args);
			case "files.getUploadURLExternal" -> {
				String id = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
				yield ok().put("upload_url", base(request) + "/sandbox/upload/" + id).put("file_id", id);
			}
			case "files.completeUploadExternal" -> completeUpload(args, request);
			default -> error("unknown_method");
		};
	}

	/** Slack's upload_url: the file's bytes. */
	@PostMapping("/sandbox/upload/{fileId}")
	String upload(@PathVariable String fileId, @RequestBody byte[] bytes) {
		this.workspace.storeFile(fileId, bytes);
		return "OK - " + bytes.length;
	}

	private JsonNode usersInfo(String userId) {
		return this.workspace.member(userId).<JsonNode>map(m -> ok().set("user", JSON.createObjectNode()
			.put("id", m.id())
			.put("team_id", SandboxWorkspace.TEAM)
			.put("name", m.name().toLowerCase())
			.put("real_name", m.name())
			.put("deleted", false)
			.put("tz", m.zone())
			.put("is_admin", false)
			.put("is_owner", false)
			.put("is_bot", false))).orElseGet(() -> error("user_not_found"));
	}

	private JsonNode conversationsInfo(String channel) {
		if (SandboxWorkspace.CHANNEL.equals(channel)) {
			return ok().set("channel", channel(channel));
		}
		return this.workspace.conversation(channel)
			.<JsonNode>map(c -> ok().set("channel", JSON.createObjectNode().put("id", c).put("is_im", true)))
			.orElseGet(() -> error("channel_not_found"));
	}

	private ObjectNode channel(String id) {
		return JSON.createObjectNode()
			.put("id", id)
			.put("name", SandboxWorkspace.CHANNEL_NAME)
			.put("is_channel", true)
			.put("is_member", this.workspace.botInChannel())
			.put("is_archived", false);
	}

	private JsonNode post(Map<String, String> args, String visibleTo) {
		Optional<String> conversation = this.workspace.conversation(args.getOrDefault("channel", ""));
		if (conversation.isEmpty()) {
			return error("channel_not_found");
		}
		if (conversation.get().equals(SandboxWorkspace.CHANNEL) && !this.workspace.botInChannel()) {
			return error("not_in_channel");
		}
		Optional<JsonNode> invalid = invalid(args, 50);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		SandboxWorkspace.Post post = this.workspace.post(conversation.get(), SandboxWorkspace.BOT_USER,
				args.getOrDefault("text", ""), blocks(args.get("blocks")), visibleTo);
		return visibleTo.isEmpty() ? ok().put("channel", conversation.get()).put("ts", post.ts())
				.set("message", JSON.createObjectNode().put("type", "message").put("text", post.text()))
				: ok().put("message_ts", post.ts());
	}

	private JsonNode update(Map<String, String> args) {
		Optional<String> conversation = this.workspace.conversation(args.getOrDefault("channel", ""));
		if (conversation.isEmpty()) {
			return error("channel_not_found");
		}
		Optional<JsonNode> invalid = invalid(args, 50);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		return this.workspace.replace(conversation.get(), args.getOrDefault("ts", ""), args.getOrDefault("text", ""),
				blocks(args.get("blocks")))
			.<JsonNode>map(p -> ok().put("channel", conversation.get()).put("ts", p.ts()).put("text", p.text()))
			.orElseGet(() -> error("message_not_found"));
	}

	private JsonNode publish(Map<String, String> args) {
		if (this.workspace.member(args.getOrDefault("user_id", "")).isEmpty()) {
			return error("user_not_found");
		}
		JsonNode view = blocks(args.get("view"));
		if (view == null || view.path("blocks").size() > 100) {
			return error("invalid_arguments");
		}
		this.workspace.publishHome(args.get("user_id"), view);
		return ok().set("view", JSON.createObjectNode().put("id", "V0HOME").put("type", "home"));
	}

	private JsonNode completeUpload(Map<String, String> args, HttpServletRequest request) {
		JsonNode files = blocks(args.get("files"));
		Optional<String> conversation = this.workspace.conversation(args.getOrDefault("channel_id", ""));
		if (files == null || files.isEmpty() || conversation.isEmpty()) {
			return error("invalid_arguments");
		}
		String id = files.get(0).path("id").asText();
		if (this.workspace.file(id).isEmpty()) {
			return error("file_not_found");
		}
		String title = files.get(0).path("title").asText("file");
		ArrayNode blocks = JSON.createArrayNode();
		blocks.addObject().put("type", "image").put("image_url", base(request) + "/sandbox/files/" + id).put("alt_text", title)
			.set("title", JSON.createObjectNode().put("type", "plain_text").put("text", title));
		this.workspace.post(conversation.get(), SandboxWorkspace.BOT_USER, title, blocks, "");
		ArrayNode shared = JSON.createArrayNode();
		shared.addObject().put("id", id).put("title", title);
		return ok().set("files", shared);
	}

	/** Slack's message checks: some text or blocks, at most {@code maxBlocks} blocks, text not too long. */
	private static Optional<JsonNode> invalid(Map<String, String> args, int maxBlocks) {
		JsonNode blocks = blocks(args.get("blocks"));
		String text = args.getOrDefault("text", "");
		if (text.isBlank() && (blocks == null || blocks.isEmpty())) {
			return Optional.of(error("no_text"));
		}
		if (args.containsKey("blocks") && (blocks == null || !blocks.isArray() || blocks.size() > maxBlocks)) {
			return Optional.of(error("invalid_blocks"));
		}
		if (text.length() > 40_000) {
			return Optional.of(error("msg_too_long"));
		}
		return Optional.empty();
	}

	static JsonNode blocks(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(json);
		}
		catch (Exception ex) {
			return null;
		}
	}

	static String base(HttpServletRequest request) {
		return "http://localhost:" + request.getLocalPort();
	}

	private static ObjectNode ok() {
		return JSON.createObjectNode().put("ok", true);
	}

	private static ObjectNode error(String error) {
		return JSON.createObjectNode().put("ok", false).put("error", error);
	}

}
