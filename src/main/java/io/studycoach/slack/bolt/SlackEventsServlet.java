package io.studycoach.slack.bolt;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@code POST /slack/events}, in front of Bolt's servlet. It refuses what is not from Slack before
 * anything parses it (https://api.slack.com/authentication/verifying-requests-from-slack): a body too
 * large for any Slack payload gets 413, a missing, wrong or stale signature 401. A signed body Bolt
 * cannot parse gets 400 instead of a server error. Bolt's own verification still runs after this.
 * Bolt's servlet is made when the App exists, after the web server is up (see {@link SlackAppStarter}).
 */
class SlackEventsServlet extends HttpServlet {

	/** Far above any Slack payload (a block_actions with a 100-block view is well under 1 MB). */
	static final int MAX_BODY = 1024 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(SlackEventsServlet.class);

	private final transient SlackSignature.Verifier verifier;

	/** Made on first use: the App exists only once the web server is up. */
	private final transient SingletonSupplier<SlackAppServlet> bolt;

	SlackEventsServlet(ObjectProvider<App> app, String signingSecret) {
		this.bolt = SingletonSupplier.of(() -> new SlackAppServlet(app.getObject()));
		this.verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		String timestamp = request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
		String signature = request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
		if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")
				|| !this.verifier.isValid(timestamp, new String(body, StandardCharsets.UTF_8), signature)) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType("application/json");
			response.getWriter().write("{\"error\":\"invalid request\"}");
			return;
		}
		try {
			this.bolt.obtain().service(new CachedBodyRequest(request, body), response);
		}
		catch (RuntimeException ex) {
			logger.warn("A signed request from Slack could not be parsed: {}", ex.getClass().getSimpleName());
			if (!response.isCommitted()) {
				response.reset();
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
	}

	/** The request with its body already read, so Bolt can read it again. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return false;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Synchronous reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(this.body), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
