package io.studycoach.install;

import com.google.gson.Gson;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.util.json.GsonFactory;
import io.lettuce.core.ScriptOutputType;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's installation store kept in Redis, one bot and the latest installer per workspace (Bolt
 * ships file and S3 stores only). Enterprise Grid org-wide installs are not supported: every
 * lookup is by team id. Each value is sealed ({@link TokenSeal}); one written in clear by an earlier
 * version is read as is and sealed on that first read.
 */
public class RedisInstallationService implements InstallationService {

	private static final Logger logger = LoggerFactory.getLogger(RedisInstallationService.class);

	// Bolt's own stores write these models with its snake_case Gson; so does this one.
	private static final Gson GSON = GsonFactory.createSnakeCase();

	/** Replaces a value only if it is still the one read, so a new install made meanwhile is kept. */
	private static final String REPLACE_IF_UNCHANGED = """
			if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end
			return 0""";

	private final Redis redis;

	private final Consumer<String> installed;

	private final TokenSeal seal;

	/** Workspaces whose installation this key cannot open, already logged once. */
	private final Set<String> unreadable = ConcurrentHashMap.newKeySet();

	/**
	 * @param installed told the team id of each new installation
	 * @param seal null when no key is set (the coach then serves one configured token and keeps no
	 * installations)
	 */
	RedisInstallationService(Redis redis, Consumer<String> installed, TokenSeal seal) {
		this.redis = redis;
		this.installed = installed;
		this.seal = seal;
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
		String installerValue = sealed(installer.getTeamId(), GSON.toJson(installer));
		String botValue = sealed(installer.getTeamId(), GSON.toJson(installer.toBot()));
		this.redis.sync().set(keys.installer(), installerValue);
		this.redis.sync().set(keys.installedBot(), botValue);
		this.unreadable.remove(installer.getTeamId());
		this.installed.accept(installer.getTeamId());
	}

	@Override
	public void saveBot(Bot bot) {
		this.redis.sync().set(RedisKeys.team(bot.getTeamId()).installedBot(), sealed(bot.getTeamId(), GSON.toJson(bot)));
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
		return read(teamId, RedisKeys.team(teamId).installedBot(), DefaultBot.class);
	}

	@Override
	public Installer findInstaller(String enterpriseId, String teamId, String userId) {
		if (teamId == null) {
			return null;
		}
		DefaultInstaller installer = read(teamId, RedisKeys.team(teamId).installer(), DefaultInstaller.class);
		return installer == null || (userId != null && !userId.equals(installer.getInstallerUserId())) ? null
				: installer;
	}

	private String sealed(String teamId, String json) {
		if (this.seal == null) {
			throw new IllegalStateException(TokenSeal.SETTING + " is not set; installations are never kept in clear");
		}
		return this.seal.seal(teamId, json);
	}

	private <T> T read(String teamId, String key, Class<T> type) {
		String stored = this.redis.sync().get(key);
		if (stored == null) {
			return null;
		}
		if (!TokenSeal.isSealed(stored)) {
			T value = GSON.fromJson(stored, type);
			sealInPlace(teamId, key, stored);
			return value;
		}
		try {
			if (this.seal == null) {
				throw new GeneralSecurityException("no key");
			}
			return GSON.fromJson(this.seal.open(teamId, stored), type);
		}
		catch (GeneralSecurityException ex) {
			// Not a crash: the workspace reads as not installed until the sealing key is back or it installs again.
			if (this.unreadable.add(teamId)) {
				logger.error("The installation of workspace {} cannot be opened with {} (was the key changed?); the "
						+ "workspace is treated as not installed until the key that sealed it is set again or it "
						+ "installs the coach again", teamId, TokenSeal.SETTING);
			}
			return null;
		}
	}

	/** An installation kept in clear by an earlier version: sealed now, unless it changed meanwhile. */
	private void sealInPlace(String teamId, String key, String plain) {
		if (this.seal == null) {
			return;
		}
		try {
			Long replaced = this.redis.sync()
				.eval(REPLACE_IF_UNCHANGED, ScriptOutputType.INTEGER, new String[] { key }, plain,
						this.seal.seal(teamId, plain));
			if (replaced != null && replaced == 1) {
				logger.info("Sealed the installation of workspace {} that was kept in clear", teamId);
			}
		}
		catch (RuntimeException ex) {
			// The value read is good; the next read tries again.
			logger.warn("Could not seal the installation of workspace {} kept in clear: {}", teamId,
					ex.getClass().getSimpleName());
		}
	}

}
