package io.studycoach.slack.channel;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ChannelUnarchiveEvent;
import com.slack.api.model.event.GroupUnarchiveEvent;
import io.studycoach.delivery.ChannelLeads;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;
import io.studycoach.slack.SlackListener;
import io.studycoach.wording.Prompts;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A paused study channel taken out of the archive (https://api.slack.com/events/channel_unarchive,
 * https://api.slack.com/events/group_unarchive): its leads are told by DM, after the ack, that
 * {@code /quiz resume} restarts it. The channel stays paused until a lead says so, since Slack does
 * not say whether the coach is still a member.
 */
@Component
class UnarchiveEvents implements SlackListener {

	private final ChannelStore channels;

	private final ChannelLeads leads;

	private final LeadNotices notices;

	private final Prompts prompts;

	UnarchiveEvents(ChannelStore channels, ChannelLeads leads, LeadNotices notices, Prompts prompts) {
		this.channels = channels;
		this.leads = leads;
		this.notices = notices;
		this.prompts = prompts;
	}

	@Override
	public void register(App app) {
		app.event(ChannelUnarchiveEvent.class, (payload, context) -> {
			unarchived(payload.getTeamId(), payload.getEvent().getChannel());
			return context.ack();
		});
		app.event(GroupUnarchiveEvent.class, (payload, context) -> {
			unarchived(payload.getTeamId(), payload.getEvent().getChannel());
			return context.ack();
		});
	}

	/** Reads Redis only; the DMs go out on {@link LeadNotices}' threads. */
	private void unarchived(String teamId, String channelId) {
		if (teamId == null || channelId == null) {
			return;
		}
		Optional<ChannelSettings> channel = this.channels.find(teamId, channelId);
		if (channel.isEmpty() || !channel.get().paused()) {
			return;
		}
		String text = this.prompts.render(ChannelWording.UNARCHIVED, new ChannelWording.Unarchived(channelId));
		this.notices.send(teamId, this.leads.named(teamId, channel.get()), text);
	}

}
