package io.studycoach.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.studycoach.support.SlackRequests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Slack that remembers what it was sent, for tests where the coach runs as a separate
 * process: chat.postMessage (taking {@code postDelayMillis}, as a real call does, or hanging when told
 * to), conversations.open and conversations.history with message metadata, conversations.info (the
 * bot is in every channel), and the few other methods the coach calls.
 */
public final class RecordingSlack implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;

	private final Map<String, List<ObjectNode>> messages = new ConcurrentHashMap<>();

	private final AtomicLong ts = new AtomicLong(System.currentTimeMillis() * 1000);

	private final long postDelayMillis;

	/** The time zone users.info gives every member. */
	private volatile String zone = "UTC";

	/** The workspace auth.test names for the bot token. */
	private volatile String team = "T0KILL";

	private final int postsPerSecond;

	private long window;

	private int inWindow;

	private final AtomicLong limited = new AtomicLong();

	/** Marker prefixes whose first post hangs, and whether Slack keeps that post. */
	private final Map<String, Boolean> holds = new ConcurrentHashMap<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private final AtomicInteger held = new AtomicInteger();

	private final Map<String, AtomicInteger> historyReads = new ConcurrentHashMap<>();

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
	String zone() {
		return this.zone;
	}

	/** Gives every member this time zone from now on. */
	public RecordingSlack zone(String zone) {
		this.zone = zone;
		return this;
	}

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

	/**
	 * The first chat.postMessage whose metadata marker starts with {@code markerPrefix} hangs, its answer
	 * never sent until {@link #release}: with {@code slackKeepsIt} the message is in the conversation
	 * (Slack took it and the answer was lost), without it the message never arrived.
	 */
	public void holdFirstPost(String markerPrefix, boolean slackKeepsIt) {
		this.holds.put(markerPrefix, slackKeepsIt);
	}

	/** How many posts hang now. */
	public int held() {
		return this.held.get();
	}

	/** Lets the hanging posts finish. */
	public void release() {
		this.released.countDown();
	}

	/** The messages in any conversation whose metadata marker starts with {@code markerPrefix}. */
	public List<JsonNode> marked(String markerPrefix) {
		return this.messages.values()
			.stream()
			.flatMap(List::stream)
			.filter(m -> marker(m).startsWith(markerPrefix))
			.map(JsonNode.class::cast)
			.toList();
	}

	/** How often the coach read a conversation's history (a DM's by its D id). */
	public int historyReads(String conversation) {
		AtomicInteger reads = this.historyReads.get(conversation);
		return reads == null ? 0 : reads.get();
	}

	public int total() {
		return this.messages.values().stream().mapToInt(List::size).sum();
	}

	private void handle(HttpExchange exchange) throws IOException {
		Map<String, String> form = SlackRequests.formFields(
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String path = exchange.getRequestURI().getPath();
		ObjectNode reply = JSON.createObjectNode().put("ok", true);
		switch (path) {
			case "/api/auth.test" -> reply.put("user_id", "U0BOT").put("team_id", this.team).put("bot_id", "B0BOT");
			case "/api/users.info" -> reply.putObject("user").put("id", form.get("user")).put("tz", this.zone)
				.put("deleted", false).put("is_admin", false);
			case "/api/conversations.open" -> reply.putObject("channel").put("id", dm(form.get("users")));
			case "/api/conversations.info" -> reply.putObject("channel").put("id", form.get("channel"))
				.put("is_channel", true).put("is_member", true).put("is_archived", false);
			case "/api/conversations.history" -> {
				this.historyReads.computeIfAbsent(form.get("channel"), c -> new AtomicInteger()).incrementAndGet();
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
				Boolean keep = holdFor(marker(message));
				if (keep == null || keep) {
					this.messages.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(message);
				}
				if (keep != null) {
					hang();
				}
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

	/** Whether Slack keeps this post, if it is the first of a held marker prefix; null when it is not held. */
	private Boolean holdFor(String marker) {
		for (Map.Entry<String, Boolean> hold : this.holds.entrySet()) {
			if (marker.startsWith(hold.getKey()) && this.holds.remove(hold.getKey()) != null) {
				return hold.getValue();
			}
		}
		return null;
	}

	private void hang() {
		this.held.incrementAndGet();
		try {
			this.released.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.held.decrementAndGet();
		}
	}

	private static String marker(JsonNode message) {
		return message.path("metadata").path("event_payload").path("marker").asText("");
	}

	private static String dm(String user) {
		return "D" + user.substring(1);
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
	}

}
