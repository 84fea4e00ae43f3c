package io.studycoach.bench;

import io.studycoach.support.SlackRequests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The load generator's client: signed Slack requests as HTTP/1.1 over one kept-alive socket per sending
 * thread, written in one go, the response read to its end on the same thread. The JDK's HttpClient passes
 * every request between the caller, its selector thread and its executor; on two busy cores those
 * hand-offs were part of every latency measured, the bare app's as much as the coach's.
 */
final class KeptAliveHttp implements AutoCloseable {

	private final String host;

	private final int port;

	private final String path;

	private final ThreadLocal<Connection> connection = new ThreadLocal<>();

	private final List<Connection> opened = new CopyOnWriteArrayList<>();

	KeptAliveHttp(URI events) {
		this.host = events.getHost();
		this.port = events.getPort();
		this.path = events.getRawPath();
	}

	/** Posts a form body signed now, as Slack would; the response's status code. */
	int post(String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		byte[] head = ("POST " + this.path + " HTTP/1.1\r\nHost: " + this.host + ":" + this.port
				+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Slack-Request-Timestamp: " + timestamp
				+ "\r\nX-Slack-Signature: " + SlackRequests.sign(SlackRequests.SIGNING_SECRET, timestamp, body)
				+ "\r\nContent-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		try {
			return exchange(head, content);
		}
		catch (IOException first) {
			// The server closed a kept-alive connection between two requests: once more on a new one.
			drop();
			try {
				return exchange(head, content);
			}
			catch (IOException ex) {
				drop();
				throw new UncheckedIOException(ex);
			}
		}
	}

	private int exchange(byte[] head, byte[] content) throws IOException {
		Connection conn = this.connection.get();
		if (conn == null) {
			conn = new Connection(new Socket(this.host, this.port));
			this.connection.set(conn);
			this.opened.add(conn);
		}
		byte[] request = new byte[head.length + content.length];
		System.arraycopy(head, 0, request, 0, head.length);
		System.arraycopy(content, 0, request, head.length, content.length);
		conn.out.write(request);
		conn.out.flush();
		int code = conn.readResponse();
		if (conn.closing) {
			// Tomcat closes a connection after 100 requests (maxKeepAliveRequests): the next opens another.
			drop();
		}
		return code;
	}

	private void drop() {
		Connection conn = this.connection.get();
		if (conn != null) {
			this.connection.remove();
			this.opened.remove(conn);
			conn.close();
		}
	}

	@Override
	public void close() {
		this.opened.forEach(Connection::close);
		this.opened.clear();
	}

	private static final class Connection {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		/** The last response said the server closes the connection after it. */
		private boolean closing;

		Connection(Socket socket) throws IOException {
			socket.setTcpNoDelay(true);
			this.socket = socket;
			this.in = new BufferedInputStream(socket.getInputStream());
			this.out = socket.getOutputStream();
		}

		/** Reads one response (status line, headers, a sized or chunked body); its status code. */
		int readResponse() throws IOException {
			String status = line();
			if (!status.startsWith("HTTP/1.1 ")) {
				throw new IOException("not an HTTP/1.1 response: " + status);
			}
			int code = Integer.parseInt(status.substring(9, 12));
			long length = 0;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			if (chunked) {
				for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
						size = Long.parseLong(line().split(";")[0].trim(), 16)) {
					skip(size);
					line();
				}
				line();
			}
			else {
				skip(length);
			}
			this.closing = close;
			return code;
		}

		private String line() throws IOException {
			StringBuilder line = new StringBuilder();
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new IOException("connection closed mid-response");
				}
				if (b != '\r') {
					line.append((char) b);
				}
			}
			return line.toString();
		}

		private void skip(long bytes) throws IOException {
			for (long left = bytes; left > 0;) {
				long skipped = this.in.skip(left);
				if (skipped <= 0) {
					if (this.in.read() < 0) {
						throw new IOException("connection closed mid-body");
					}
					skipped = 1;
				}
				left -= skipped;
			}
		}

		void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// Closing at the end of a run; nothing is waiting on it.
			}
		}

	}

}
