package io.studycoach.slack.bolt;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@code GET /slack/install} sends a browser to Slack's consent page with a fresh state, and
 * {@code GET /slack/oauth_redirect} exchanges the code for the workspace's bot token
 * (https://api.slack.com/authentication/oauth-v2); both through Bolt's OAuth flow. Not found
 * when the coach serves one workspace's token.
 */
class SlackInstallServlet extends HttpServlet {

	static final String INSTALL_PATH = "/slack/install";

	static final String REDIRECT_PATH = "/slack/oauth_redirect";

	private final boolean enabled;

	/** Made on first use: the App exists only once the web server is up. */
	private final transient SingletonSupplier<SlackOAuthAppServlet> bolt;

	SlackInstallServlet(ObjectProvider<App> app, boolean enabled) {
		this.bolt = SingletonSupplier.of(() -> new SlackOAuthAppServlet(app.getObject()));
		this.enabled = enabled;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		if (!this.enabled) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		this.bolt.obtain().service(request, response);
	}

}
