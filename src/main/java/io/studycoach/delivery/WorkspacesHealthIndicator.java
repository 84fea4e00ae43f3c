package io.studycoach.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code workspaces} in /actuator/health: which workspaces this coach sends to, how many others it
 * found in Redis and leaves alone, and which ones' sends are held and why. Down while the one
 * workspace a bot token serves is held, or before the coach knows which workspace it serves.
 */
@Component
class WorkspacesHealthIndicator implements HealthIndicator {

	private final ServedTeams served;

	private final WorkspaceBreaker breaker;

	WorkspacesHealthIndicator(ServedTeams served, WorkspaceBreaker breaker) {
		this.served = served;
		this.breaker = breaker;
	}

	@Override
	public Health health() {
		if (!this.served.known()) {
			return Health.down().withDetail("served", "not known yet: auth.test has not answered").build();
		}
		Map<String, WorkspaceBreaker.Hold> held = this.breaker.held();
		Health.Builder health = this.served.onlyTeam().filter(held::containsKey).isPresent() ? Health.down()
				: Health.up();
		health.withDetail("served", this.served.onlyTeam().orElse("every installed workspace"));
		if (this.served.untouched() > 0) {
			health.withDetail("untouched", this.served.untouched())
				.withDetail("why", this.served.untouched() + " other workspace(s) found in Redis are left untouched: "
						+ "SLACK_BOT_TOKEN belongs to " + this.served.onlyTeam().orElse("") + "; if that is not the "
						+ "workspace meant, set the token of the right one");
		}
		if (!held.isEmpty()) {
			Map<String, Object> holds = new LinkedHashMap<>();
			held.forEach((team, hold) -> holds.put(team, Map.of("reason", hold.reason(), "since", hold.since().toString(),
					"why", "every call was refused lately (" + hold.reason() + "): sends wait, nothing is paused, "
							+ "and they resume when Slack accepts the workspace's token again")));
			health.withDetail("held", holds);
		}
		return health.build();
	}

}
