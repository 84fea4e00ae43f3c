package io.studycoach.install;

import io.lettuce.core.SetArgs;
import io.studycoach.delivery.DueIndex;
import io.studycoach.progress.WorkspaceRetention;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A workspace coming and going. Leaving (app_uninstalled or tokens_revoked, in either order, each
 * perhaps more than once) removes its installation and stops its schedules at once, and keeps its
 * progress for the retention period; installing again within it brings everything back.
 */
@Component
public class Workspaces {

	private static final Logger logger = LoggerFactory.getLogger(Workspaces.class);

	private final Redis redis;

	private final DueIndex due;

	private final WorkspaceRetention retention;

	private final InstallProperties properties;

	Workspaces(Redis redis, DueIndex due, WorkspaceRetention retention, InstallProperties properties) {
		this.redis = redis;
		this.due = due;
		this.retention = retention;
		this.properties = properties;
	}

	public void installed(String teamId) {
		RedisKeys keys = RedisKeys.team(teamId);
		this.redis.sync().del(keys.uninstalled());
		long restored = this.retention.restore(teamId);
		this.due.resumeTeam(teamId);
		logger.info("Installed in workspace {}{}", teamId,
				restored > 0 ? "; its earlier progress is kept again" : "");
	}

	public void removed(String teamId, String event) {
		RedisKeys keys = RedisKeys.team(teamId);
		this.redis.sync().del(keys.installedBot(), keys.installer());
		this.redis.sync()
			.set(keys.uninstalled(), event, SetArgs.Builder.ex(this.properties.retention().toSeconds()));
		this.due.stopTeam(teamId);
		long retired = this.retention.retire(teamId, this.properties.retention());
		if (retired > 0) {
			logger.info("Workspace {} removed the coach ({}); its progress expires in {} days unless it installs again",
					teamId, event, this.properties.retention().toDays());
		}
	}

}
