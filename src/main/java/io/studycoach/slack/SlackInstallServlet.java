package io.studycoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code GET /slack/install} sends a browser to Slack's consent page with a fresh state, and
 * {@code GET /slack/oauth_redirect} exchanges the code for the workspace's bot token
 * (https://api.slack.com/authentication/oauth-v2); both through Bolt's OAuth flow. Not found
 * when the coach serves one workspace's token.
 */
class SlackInstallServlet extends HttpServlet {

	static final String INSTALL_PATH = "/slack/install";

	static final String REDIRECT_PATH = "/slack/oauth_redirect";

	private final transient ObjectProvider<App> app;

	private final boolean enabled;

	private volatile SlackOAuthAppServlet delegate;

	SlackInstallServlet(ObjectProvider<App> app, boolean enabled) {
		this.app = app;
		this.enabled = enabled;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
		if (!this.enabled) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		bolt().service(request, response);
	}

	private SlackOAuthAppServlet bolt() {
		SlackOAuthAppServlet servlet = this.delegate;
		if (servlet == null) {
			synchronized (this) {
				if (this.delegate == null) {
					this.delegate = new SlackOAuthAppServlet(this.app.getObject());
				}
				servlet = this.delegate;
			}
		}
		return servlet;
	}

}
