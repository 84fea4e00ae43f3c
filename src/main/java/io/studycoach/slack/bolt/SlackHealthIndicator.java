package io.studycoach.slack.bolt;

import com.slack.api.Slack;
import com.slack.api.methods.response.auth.AuthTestResponse;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether Slack accepts the bot token (auth.test), for /actuator/health. Asked at most once a minute
 * (auth.test is Tier 4); the token itself never appears in the result.
 */
@Component
class SlackHealthIndicator implements HealthIndicator {

	static final Duration CACHE = Duration.ofMinutes(1);

	private final Slack slack;

	private final SlackProperties properties;

	private volatile Health last;

	private volatile Instant checked = Instant.EPOCH;

	SlackHealthIndicator(Slack slack, SlackProperties properties) {
		this.slack = slack;
		this.properties = properties;
	}

	@Override
	public Health health() {
		if (this.last != null && Instant.now().isBefore(this.checked.plus(CACHE))) {
			return this.last;
		}
		if (this.properties.installable()) {
			// Each workspace has its own token; a revoked one arrives as tokens_revoked, not as ill health.
			return Health.up().withDetail("mode", "installable").build();
		}
		Health health;
		try {
			AuthTestResponse response = this.slack.methods(this.properties.botToken().trim()).authTest(r -> r);
			health = response.isOk()
					? Health.up().withDetail("team", response.getTeamId()).withDetail("bot_user", response.getUserId()).build()
					: Health.down().withDetail("error", response.getError()).build();
		}
		catch (Exception ex) {
			health = Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
		this.last = health;
		this.checked = Instant.now();
		return health;
	}

}
