package io.studycoach.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay in front of Redis that counts round trips: each time the client speaks after Redis has
 * answered (or for the first time) is one. Pipelined commands sent together count once; a script
 * counts once however many commands it runs inside Redis.
 */
final class RoundTrips implements AutoCloseable {

	private final ServerSocket server;

	private final AtomicLong turns = new AtomicLong();

	/** True while the last bytes on the wire came from Redis (so the client's next bytes start a turn). */
	private final AtomicBoolean serverSpokeLast = new AtomicBoolean(true);

	RoundTrips(String redisUrl) throws IOException {
		URI target = URI.create(redisUrl);
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.server.isClosed()) {
				try {
					Socket client = this.server.accept();
					Socket redis = new Socket(target.getHost(), target.getPort());
					pump(client.getInputStream(), redis.getOutputStream(), true);
					pump(redis.getInputStream(), client.getOutputStream(), false);
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "round-trips");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	String url() {
		return "redis://127.0.0.1:" + this.server.getLocalPort();
	}

	long count() {
		return this.turns.get();
	}

	void reset() {
		this.turns.set(0);
	}

	private void pump(InputStream in, OutputStream out, boolean fromClient) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (fromClient) {
						if (this.serverSpokeLast.compareAndSet(true, false)) {
							this.turns.incrementAndGet();
						}
					}
					else {
						this.serverSpokeLast.set(true);
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// The connection closed.
			}
		}, "round-trips-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
