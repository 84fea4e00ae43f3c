package io.studycoach.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code workspaces} in /actuator/health: which workspaces this coach sends to, how many others it
 * found in Redis and leaves alone, and which ones' sends are held and why (in the status's
 * description, which shows even where details are hidden). Down while the one workspace a bot token
 * serves is held, or before the coach knows which workspace it serves.
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
			return Health.status(new Status(Status.DOWN.getCode(), "not known yet which workspace to serve")).build();
		}
		Map<String, WorkspaceBreaker.Hold> held = this.breaker.held();
		Optional<String> only = this.served.onlyTeam();
		List<String> why = new ArrayList<>();
		Map<String, Object> holds = new LinkedHashMap<>();
		held.forEach((team, hold) -> {
			why.add("sends to " + team + " are held: every call was refused lately (" + hold.reason()
					+ "); nothing is paused, and they resume when Slack takes the workspace's token again");
			holds.put(team, Map.of("reason", hold.reason(), "since", hold.since().toString()));
		});
		if (this.served.untouched() > 0) {
			why.add(this.served.untouched() + " other workspace(s) found in Redis are left untouched: SLACK_BOT_TOKEN "
					+ "belongs to " + only.orElse("") + "; if that is not the workspace meant, set the right token");
		}
		boolean down = only.filter(held::containsKey).isPresent();
		// The description shows even where health details are hidden.
		Health.Builder health = Health.status(new Status(down ? Status.DOWN.getCode() : Status.UP.getCode(),
				String.join("; ", why)));
		health.withDetail("served", only.orElse("every installed workspace"));
		if (this.served.untouched() > 0) {
			health.withDetail("untouched", this.served.untouched());
		}
		if (!holds.isEmpty()) {
			health.withDetail("held", holds);
		}
		return health.build();
	}

}
