package io.studycoach.delivery;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/** Who leads a study channel: whoever ran setup, members added as leads, and workspace admins and owners. */
@Component
public class ChannelLeads {

	private final ChannelStore channels;

	private final UserDirectory users;

	ChannelLeads(ChannelStore channels, UserDirectory users) {
		this.channels = channels;
		this.users = users;
	}

	public boolean isLead(String teamId, Optional<ChannelSettings> channel, String userId) {
		if (channel.isPresent() && named(teamId, channel.get()).contains(userId)) {
			return true;
		}
		return this.users.profile(teamId, userId).admin();
	}

	/** The leads named for the channel (admins and owners lead too, but are not listed). */
	public Set<String> named(String teamId, ChannelSettings channel) {
		Set<String> leads = new LinkedHashSet<>();
		if (!channel.setupBy().isEmpty()) {
			leads.add(channel.setupBy());
		}
		leads.addAll(this.channels.addedLeads(teamId, channel.channelId()));
		return leads;
	}

}
