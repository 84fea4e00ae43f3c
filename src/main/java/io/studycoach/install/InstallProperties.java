package io.studycoach.install;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a workspace's progress is kept after it uninstalls the coach
 * @param tokenKey the base64 of 32 bytes that seals installed workspaces' tokens in Redis
 * ({@code COACH_TOKEN_KEY}); required when workspaces install the coach
 */
@ConfigurationProperties("coach.install")
public record InstallProperties(@DefaultValue("30d") Duration retention, String tokenKey) {

	/** Never print the key. */
	@Override
	public String toString() {
		return "InstallProperties[retention=" + this.retention + ", tokenKey=" + (blank() ? "unset" : "set") + "]";
	}

	private boolean blank() {
		return this.tokenKey == null || this.tokenKey.isBlank();
	}

}
