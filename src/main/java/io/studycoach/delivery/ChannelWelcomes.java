package io.studycoach.delivery;

import io.lettuce.core.SetArgs;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Who has been welcomed to a study channel: a member is welcomed once per channel, whatever Slack
 * retries or however often they leave and come back (a marker key set only if absent).
 */
@Component
public class ChannelWelcomes {

	private final ChannelStore channels;

	private final Redis redis;

	ChannelWelcomes(ChannelStore channels, Redis redis) {
		this.channels = channels;
		this.redis = redis;
	}

	/**
	 * The study channel to welcome {@code userId} to, when {@code channelId} is one and they were never
	 * welcomed there; marks them welcomed (so only the first of several calls gets it).
	 */
	public Optional<ChannelSettings> welcome(String teamId, String channelId, String userId) {
		Optional<ChannelSettings> channel = this.channels.find(teamId, channelId);
		if (channel.isEmpty()) {
			return Optional.empty();
		}
		String set = this.redis.sync()
			.set(RedisKeys.team(teamId).learnerWelcomed(userId, channelId), "1", SetArgs.Builder.nx());
		return "OK".equals(set) ? channel : Optional.empty();
	}

}
