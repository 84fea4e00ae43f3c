package io.studycoach.install;

import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import com.google.gson.Gson;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.util.json.GsonFactory;

/**
 * Bolt's installation store kept in Redis, one bot and the latest installer per workspace (Bolt
 * ships file and S3 stores only). Enterprise Grid org-wide installs are not supported: every
 * lookup is by team id.
 */
public class RedisInstallationService implements InstallationService {

	// Bolt's own stores write these models with its snake_case Gson; so does this one.
	private static final Gson GSON = GsonFactory.createSnakeCase();

	private final Redis redis;

	private final Workspaces workspaces;

	RedisInstallationService(Redis redis, Workspaces workspaces) {
		this.redis = redis;
		this.workspaces = workspaces;
	}

	@Override
	public boolean isHistoricalDataEnabled() {
		return false;
	}

	@Override
	public void setHistoricalDataEnabled(boolean enabled) {
		if (enabled) {
			throw new UnsupportedOperationException("Only the latest installation of each workspace is kept");
		}
	}

	@Override
	public void saveInstallerAndBot(Installer installer) {
		RedisKeys keys = RedisKeys.team(installer.getTeamId());
		this.redis.sync().set(keys.installer(), GSON.toJson(installer));
		this.redis.sync().set(keys.installedBot(), GSON.toJson(installer.toBot()));
		this.workspaces.installed(installer.getTeamId());
	}

	@Override
	public void saveBot(Bot bot) {
		this.redis.sync().set(RedisKeys.team(bot.getTeamId()).installedBot(), GSON.toJson(bot));
	}

	@Override
	public void deleteBot(Bot bot) {
		this.redis.sync().del(RedisKeys.team(bot.getTeamId()).installedBot());
	}

	@Override
	public void deleteInstaller(Installer installer) {
		this.redis.sync().del(RedisKeys.team(installer.getTeamId()).installer());
	}

	@Override
	public void deleteAll(String enterpriseId, String teamId) {
		RedisKeys keys = RedisKeys.team(teamId);
		this.redis.sync().del(keys.installedBot(), keys.installer());
	}

	@Override
	public Bot findBot(String enterpriseId, String teamId) {
		if (teamId == null) {
			return null;
		}
		String json = this.redis.sync().get(RedisKeys.team(teamId).installedBot());
		return json == null ? null : GSON.fromJson(json, DefaultBot.class);
	}

	@Override
	public Installer findInstaller(String enterpriseId, String teamId, String userId) {
		if (teamId == null) {
			return null;
		}
		String json = this.redis.sync().get(RedisKeys.team(teamId).installer());
		DefaultInstaller installer = json == null ? null : GSON.fromJson(json, DefaultInstaller.class);
		return installer == null || (userId != null && !userId.equals(installer.getInstallerUserId())) ? null
				: installer;
	}

}
