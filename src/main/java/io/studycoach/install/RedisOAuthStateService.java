package io.studycoach.install;

import com.slack.api.bolt.service.OAuthStateService;
import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

/**
 * The OAuth states issued by {@code /slack/install}, kept in Redis for ten minutes so that the
 * redirect may reach any instance. Bolt also ties each state to a browser cookie; this store only
 * answers whether the state was issued and not yet used.
 */
public class RedisOAuthStateService implements OAuthStateService {

	private final Redis redis;

	RedisOAuthStateService(Redis redis) {
		this.redis = redis;
	}

	@Override
	public void addNewStateToDatastore(String state) {
		this.redis.sync().set(RedisKeys.oauthState(state), "1", SetArgs.Builder.ex(getExpirationInSeconds()));
	}

	@Override
	public boolean isAvailableInDatabase(String state) {
		return state != null && this.redis.sync().exists(RedisKeys.oauthState(state)) == 1;
	}

	@Override
	public void deleteStateFromDatastore(String state) {
		this.redis.sync().del(RedisKeys.oauthState(state));
	}

}
