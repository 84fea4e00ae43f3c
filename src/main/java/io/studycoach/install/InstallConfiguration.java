package io.studycoach.install;

import io.studycoach.redis.Redis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bolt's stores for installs through OAuth; unused, and empty, when the coach serves one workspace's token. */
@Configuration(proxyBeanMethods = false)
class InstallConfiguration {

	@Bean
	RedisInstallationService installationService(Redis redis, Workspaces workspaces) {
		return new RedisInstallationService(redis, workspaces);
	}

	@Bean
	RedisOAuthStateService oauthStateService(Redis redis) {
		return new RedisOAuthStateService(redis);
	}

}
