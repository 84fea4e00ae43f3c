package io.studycoach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Slack's side of Socket Mode (https://api.slack.com/apis/socket-mode) for the tests: apps.connections.open
 * (on {@link SlackStub}'s WireMock) hands out this server's ws:// URL; on connect it says {@code hello};
 * it sends envelopes ({@code envelope_id}, {@code type}, {@code payload}, {@code accepts_response_payload})
 * and records each ack ({@code envelope_id}, optional {@code payload}) with the time it took; it can ask
 * for a refresh ({@code disconnect}, {@code refresh_requested}), drop connections, refuse handshakes and
 * hold back its hello.
 */
public final class SocketModeStandIn extends WebSocketServer implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** An ack as received: the envelope's id, its payload (missing when none), and how long it took. */
	public record Ack(String envelopeId, JsonNode payload, long nanos) {

		public long millis() {
			return this.nanos / 1_000_000;
		}

	}

	private final CountDownLatch started = new CountDownLatch(1);

	private final List<WebSocket> open = new CopyOnWriteArrayList<>();

	private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	private final Map<String, Ack> acks = new ConcurrentHashMap<>();

	private final AtomicInteger opened = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger hellos = new AtomicInteger();

	private volatile boolean refuseHandshakes;

	private volatile boolean holdHello;

	private final List<WebSocket> waitingForHello = new CopyOnWriteArrayList<>();

	private SocketModeStandIn() {
		super(new InetSocketAddress("127.0.0.1", 0));
		setReuseAddr(true);
		setDaemon(true);
	}

	public static SocketModeStandIn launch() {
		SocketModeStandIn server = new SocketModeStandIn();
		server.start();
		try {
			if (!server.started.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The Socket Mode stand-in did not start");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return server;
	}

	/** Makes {@code apps.connections.open} on {@link SlackStub} answer with this server's URL (again after a reset). */
	public void stubConnectionsOpen() {
		SlackStub.server().stubFor(any(urlPathEqualTo("/api/apps.connections.open")).willReturn(aResponse()
			.withStatus(200).withHeader("Content-Type", "application/json")
			.withBody("{\"ok\":true,\"url\":\"" + url() + "\"}")));
	}

	/** How many times the app asked for a connection URL. */
	public static int connectionsOpenCalls() {
		return SlackStub.server().findAll(anyRequestedFor(urlPathEqualTo("/api/apps.connections.open"))).size();
	}

	public String url() {
		return "ws://127.0.0.1:" + getPort() + "/link/?ticket=" + UUID.randomUUID();
	}

	@Override
	public void onStart() {
		this.started.countDown();
	}

	@Override
	public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
			ClientHandshake request) throws InvalidDataException {
		if (this.refuseHandshakes) {
			this.refused.incrementAndGet();
			throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "connection refused by the stand-in");
		}
		return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
	}

	@Override
	public void onOpen(WebSocket conn, ClientHandshake handshake) {
		this.open.add(conn);
		this.opened.incrementAndGet();
		if (this.holdHello) {
			this.waitingForHello.add(conn);
		}
		else {
			hello(conn);
		}
	}

	private void hello(WebSocket conn) {
		this.hellos.incrementAndGet();
		conn.send("""
				{"type":"hello","num_connections":%d,"debug_info":{"host":"applink-stand-in","build_number":1,
				"approximate_connection_time":18060},"connection_info":{"app_id":"A0COACH"}}"""
			.formatted(this.open.size()));
	}

	@Override
	public void onClose(WebSocket conn, int code, String reason, boolean remote) {
		this.open.remove(conn);
		this.waitingForHello.remove(conn);
	}

	@Override
	public void onMessage(WebSocket conn, String message) {
		long now = System.nanoTime();
		try {
			JsonNode ack = JSON.readTree(message);
			String id = ack.path("envelope_id").asText("");
			Long sent = this.sentAt.get(id);
			if (sent != null) {
				this.acks.putIfAbsent(id, new Ack(id, ack.get("payload"), now - sent));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Not JSON from the app: " + message, ex);
		}
	}

	@Override
	public void onError(WebSocket conn, Exception ex) {
		// A refused handshake or a dropped connection; the tests look at the counts instead.
	}

	/** Sends a slash command envelope; the payload is the command's fields, as JSON. */
	public String slashCommand(Map<String, ?> payload) {
		return send("slash_commands", payload, true, null);
	}

	/** Sends an interactive envelope (block_actions and the like). */
	public String interactive(Map<String, ?> payload) {
		return send("interactive", payload, false, null);
	}

	/** Sends an Events API envelope; {@code retryAttempt} above 0 is Slack delivering it again. */
	public String event(Map<String, ?> callback, int retryAttempt) {
		return send("events_api", callback, false, retryAttempt);
	}

	private String send(String type, Map<String, ?> payload, boolean acceptsResponsePayload, Integer retryAttempt) {
		String id = UUID.randomUUID().toString();
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("envelope_id", id);
		envelope.put("type", type);
		envelope.put("payload", payload);
		envelope.put("accepts_response_payload", acceptsResponsePayload);
		if (retryAttempt != null) {
			envelope.put("retry_attempt", retryAttempt);
			envelope.put("retry_reason", retryAttempt > 0 ? "timeout" : "");
		}
		String json;
		try {
			json = JSON.writeValueAsString(envelope);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		WebSocket connection = current();
		this.sentAt.put(id, System.nanoTime());
		connection.send(json);
		return id;
	}

	/** The newest open connection that got its hello: where Slack sends envelopes. */
	private WebSocket current() {
		List<WebSocket> ready = new ArrayList<>(this.open);
		ready.removeAll(this.waitingForHello);
		if (ready.isEmpty()) {
			throw new IllegalStateException("No Socket Mode connection is open");
		}
		return ready.get(ready.size() - 1);
	}

	/** Asks the app to reconnect, as Slack does every few hours: {"type":"disconnect","reason":"refresh_requested"}. */
	public void refresh() {
		current().send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"applink-stand-in\"}}");
	}

	/** Closes every connection from Slack's side, as a network drop or a Slack restart would. */
	public void dropConnections() {
		for (WebSocket connection : this.open) {
			connection.close(CloseFrame.GOING_AWAY, "stand-in going away");
		}
	}

	public void refuseHandshakes(boolean refuse) {
		this.refuseHandshakes = refuse;
	}

	/** While held, new connections open but get no hello until {@link #releaseHello()}. */
	public void holdHello(boolean hold) {
		this.holdHello = hold;
	}

	public void releaseHello() {
		this.holdHello = false;
		for (WebSocket connection : this.waitingForHello) {
			this.waitingForHello.remove(connection);
			hello(connection);
		}
	}

	public Ack ack(String envelopeId) {
		return this.acks.get(envelopeId);
	}

	public boolean acked(String envelopeId) {
		return this.acks.containsKey(envelopeId);
	}

	public int openConnections() {
		return this.open.size();
	}

	public int connectionsOpened() {
		return this.opened.get();
	}

	public int handshakesRefused() {
		return this.refused.get();
	}

	public int hellosSent() {
		return this.hellos.get();
	}

	@Override
	public void close() {
		try {
			stop(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
