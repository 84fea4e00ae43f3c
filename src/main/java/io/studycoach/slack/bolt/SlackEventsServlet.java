package io.studycoach.slack.bolt;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@code POST /slack/events}, in front of Bolt's App. It refuses what is not from Slack before
 * anything parses it (https://api.slack.com/authentication/verifying-requests-from-slack): a body too
 * large for any Slack payload gets 413, a missing, wrong or stale signature 401. A signed body Bolt
 * cannot parse gets 400 instead of a server error. This is the one HTTP way into the App, so Bolt's own
 * check of the same signature is off.
 * Requests are parsed as Bolt's servlet parses them, clicks with one shared Gson
 * ({@link OneGsonRequestParser}). The App is looked up when first needed, after the web server is up
 * (see {@link SlackAppStarter}).
 */
class SlackEventsServlet extends HttpServlet {

	/** Far above any Slack payload (a block_actions with a 100-block view is well under 1 MB). */
	static final int MAX_BODY = 1024 * 1024;

	private static final Logger logger = LoggerFactory.getLogger(SlackEventsServlet.class);

	private final transient SignatureCheck signatures;

	/** Made on first use: the App exists only once the web server is up. */
	private final transient SingletonSupplier<Bolt> bolt;

	SlackEventsServlet(ObjectProvider<App> app, String signingSecret) {
		this.bolt = SingletonSupplier.of(() -> {
			App boltApp = app.getObject();
			return new Bolt(boltApp, new OneGsonRequestParser(boltApp.config()));
		});
		this.signatures = new SignatureCheck(signingSecret);
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (bytes.length > MAX_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		if (!this.signatures.valid(request.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP), bytes,
				request.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), System.currentTimeMillis())) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType("application/json");
			response.getWriter().write("{\"error\":\"invalid request\"}");
			return;
		}
		String body = new String(bytes, StandardCharsets.UTF_8);
		Bolt bolt = this.bolt.obtain();
		Request<?> slackRequest;
		try {
			slackRequest = bolt.parser().parse(SlackRequestParser.HttpRequest.builder()
				.requestUri(request.getRequestURI())
				.queryString(QueryStringParser.toMap(request.getQueryString()))
				.headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(request)))
				.requestBody(body)
				.remoteAddress(request.getRemoteAddr())
				.build());
		}
		catch (RuntimeException ex) {
			logger.warn("A signed request from Slack could not be parsed: {}", ex.getClass().getSimpleName());
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		if (slackRequest == null) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		ServletAdapterOps.writeResponse(response, run(bolt.app(), slackRequest));
	}

	/** As Bolt's servlet does: a listener that throws gets 500, and Slack shows its generic error. */
	private static Response run(App app, Request<?> slackRequest) {
		try {
			return app.run(slackRequest);
		}
		catch (Exception ex) {
			logger.error("A request from Slack failed: {}", ex.toString());
			return Response.builder()
				.statusCode(500)
				.contentType("application/json")
				.body("{\"error\":\"Something is wrong\"}")
				.build();
		}
	}

	private record Bolt(App app, OneGsonRequestParser parser) {
	}

}
