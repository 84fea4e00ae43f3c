package io.studycoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;

/** Bolt's servlet, made when the App exists (after the web server is up, see {@link SlackAppStarter}). */
class LazySlackAppServlet extends HttpServlet {

	private final transient ObjectProvider<App> app;

	private volatile SlackAppServlet delegate;

	LazySlackAppServlet(ObjectProvider<App> app) {
		this.app = app;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		SlackAppServlet servlet = this.delegate;
		if (servlet == null) {
			synchronized (this) {
				if (this.delegate == null) {
					this.delegate = new SlackAppServlet(this.app.getObject());
				}
				servlet = this.delegate;
			}
		}
		servlet.service(request, response);
	}

}
