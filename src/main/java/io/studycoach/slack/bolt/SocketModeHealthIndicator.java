package io.studycoach.slack.bolt;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The Socket Mode link in /actuator/health (as {@code slackSocketMode}): UP while connected and during
 * the grace period after starting or losing the connection, DOWN past it, UP again as soon as Bolt's
 * reconnection gets Slack's hello. Read live, without calling Slack. The details (state, since when,
 * what last went wrong) show where health details are shown.
 */
class SocketModeHealthIndicator implements HealthIndicator {

	private final SocketModeLink link;

	SocketModeHealthIndicator(SocketModeLink link) {
		this.link = link;
	}

	@Override
	public Health health() {
		SocketModeLink.Status status = this.link.status();
		Health.Builder health = status.state() == SocketModeLink.State.DOWN ? Health.down() : Health.up();
		health.withDetail("state", status.state().name().toLowerCase()).withDetail("since", status.since().toString());
		if (!status.problem().isEmpty()) {
			health.withDetail("last_problem", status.problem());
		}
		return health.build();
	}

}
