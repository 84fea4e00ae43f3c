package io.studycoach.quality;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.InetAddress;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/questions} is for operators, not the public side: it answers on a separate
 * management port ({@code MANAGEMENT_SERVER_PORT}) when one is set, otherwise only to requests made
 * on the machine itself (loopback, with no proxy's forwarding headers), e.g. {@code curl} inside the
 * container. Everything else gets 404, as if it were not there.
 */
@Component
class OperatorOnly extends OncePerRequestFilter {

	private final Environment environment;

	OperatorOnly(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/actuator/questions");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (onManagementPort(request) || local(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private boolean onManagementPort(HttpServletRequest request) {
		String management = this.environment.getProperty("management.server.port");
		String server = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", ""));
		return management != null && !management.isBlank() && !management.equals(server)
				&& Integer.toString(request.getLocalPort()).equals(management);
	}

	private static boolean local(HttpServletRequest request) {
		if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null
				|| request.getHeader("X-Real-IP") != null) {
			return false;
		}
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (IOException ex) {
			return false;
		}
	}

}
