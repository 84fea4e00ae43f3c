package io.studycoach.install;

import io.studycoach.redis.Redis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bolt's stores for installs through OAuth; unused, and empty, when the coach serves one workspace's
 * token. Installing workspaces (client id and secret set) requires {@code COACH_TOKEN_KEY}, which seals
 * their tokens in Redis; without it the coach does not start.
 */
@Configuration(proxyBeanMethods = false)
class InstallConfiguration {

	@Bean
	RedisInstallationService installationService(Redis redis, Workspaces workspaces, InstallProperties properties,
			@Value("${slack.client-id:}") String clientId, @Value("${slack.client-secret:}") String clientSecret) {
		// A client id without its secret is the Slack settings check's to report; it names the secret.
		boolean installs = !clientId.isBlank() && !clientSecret.isBlank();
		TokenSeal seal = TokenSeal.fromSetting(properties.tokenKey(), installs);
		return new RedisInstallationService(redis, workspaces::installed, seal);
	}

	@Bean
	RedisOAuthStateService oauthStateService(Redis redis) {
		return new RedisOAuthStateService(redis);
	}

}
