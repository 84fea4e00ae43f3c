package io.studycoach.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Slack that remembers what it was sent, for tests where the coach runs as a separate
 * process: chat.postMessage (taking {@code postDelayMillis}, as a real call does), conversations.open
 * and conversations.history with message metadata, and the few other methods the coach calls.
 */
public final class RecordingSlack implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final Map<String, List<ObjectNode>> messages = new ConcurrentHashMap<>();

	private final AtomicLong ts = new AtomicLong(System.currentTimeMillis() * 1000);

	private final long postDelayMillis;

	/** The workspace auth.test names for the bot token. */
	private volatile String team = "T0KILL";

	private final int postsPerSecond;

	private long window;

	private int inWindow;

	private final AtomicLong limited = new AtomicLong();

	/** chat.postMessage calls by the bot token they carried, to tell instances with different tokens apart. */
	private final Map<String, AtomicLong> postsByToken = new ConcurrentHashMap<>();

	public RecordingSlack(long postDelayMillis) throws IOException {
		this(postDelayMillis, 0);
	}

	/** @param postsPerSecond chat.postMessage calls Slack accepts a second; beyond that 429 with Retry-After: 1 */
	public RecordingSlack(long postDelayMillis, int postsPerSecond) throws IOException {
		this.postDelayMillis = postDelayMillis;
		this.postsPerSecond = postsPerSecond;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(Executors.newFixedThreadPool(16));
		this.server.start();
	}

	/** Makes auth.test say the bot token belongs to {@code team}: the coach then serves that workspace. */
	public RecordingSlack tokenOf(String team) {
		this.team = team;
		return this;
	}

	public String apiUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/";
	}

	/** How many messages each DM (by user id) received. */
	public Map<String, Integer> dmCounts() {
		Map<String, Integer> counts = new HashMap<>();
		this.messages.forEach((channel, list) -> counts.put("U" + channel.substring(1), list.size()));
		return counts;
	}

	/** Messages posted with {@code token}. */
	public long postsWith(String token) {
		AtomicLong posts = this.postsByToken.get(token);
		return posts == null ? 0 : posts.get();
	}

	public int total() {
		return this.messages.values().stream().mapToInt(List::size).sum();
	}

	private void handle(HttpExchange exchange) throws IOException {
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String path = exchange.getRequestURI().getPath();
		ObjectNode reply = JSON.createObjectNode().put("ok", true);
		switch (path) {
			case "/api/auth.test" -> reply.put("user_id", "U0BOT").put("team_id", this.team).put("bot_id", "B0BOT");
			case "/api/users.info" -> reply.putObject("user").put("id", form.get("user")).put("tz", "UTC")
				.put("deleted", false).put("is_admin", false);
			case "/api/conversations.open" -> reply.putObject("channel").put("id", dm(form.get("users")));
			case "/api/conversations.history" -> {
				ArrayNode list = reply.putArray("messages");
				this.messages.getOrDefault(form.get("channel"), List.of()).forEach(list::add);
			}
			case "/api/chat.postMessage" -> {
				if (overLimit()) {
					this.limited.incrementAndGet();
					byte[] body = "{\"ok\":false,\"error\":\"ratelimited\"}".getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().add("Retry-After", "1");
					exchange.sendResponseHeaders(429, body.length);
					exchange.getResponseBody().write(body);
					exchange.close();
					return;
				}
				sleep();
				String channel = form.get("channel").startsWith("U") ? dm(form.get("channel")) : form.get("channel");
				ObjectNode message = JSON.createObjectNode().put("type", "message")
					.put("ts", (this.ts.incrementAndGet() / 1_000_000) + "." + (this.ts.get() % 1_000_000));
				if (form.containsKey("metadata")) {
					message.set("metadata", JSON.readTree(form.get("metadata")));
				}
				this.messages.computeIfAbsent(channel, c -> java.util.Collections.synchronizedList(new ArrayList<>()))
					.add(message);
				String token = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).replaceFirst("^Bearer ", "");
				this.postsByToken.computeIfAbsent(token, t -> new AtomicLong()).incrementAndGet();
				reply.put("channel", channel).put("ts", message.get("ts").asText());
			}
			default -> {
			}
		}
		byte[] body = JSON.writeValueAsBytes(reply);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	public long rateLimited() {
		return this.limited.get();
	}

	private synchronized boolean overLimit() {
		if (this.postsPerSecond <= 0) {
			return false;
		}
		long second = System.currentTimeMillis() / 1000;
		if (second != this.window) {
			this.window = second;
			this.inWindow = 0;
		}
		return ++this.inWindow > this.postsPerSecond;
	}

	private void sleep() {
		if (this.postDelayMillis <= 0) {
			return;
		}
		try {
			Thread.sleep(this.postDelayMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String dm(String user) {
		return "D" + user.substring(1);
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			if (!pair.isEmpty()) {
				String[] kv = pair.split("=", 2);
				form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
						kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
			}
		}
		return form;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}


}
