package io.studycoach.slack.channel;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ChannelArchiveEvent;
import com.slack.api.model.event.ChannelDeletedEvent;
import com.slack.api.model.event.GroupArchiveEvent;
import com.slack.api.model.event.GroupDeletedEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.UserChangeEvent;
import io.studycoach.delivery.DailyDelivery;
import io.studycoach.delivery.DirectQuestions;
import io.studycoach.delivery.PauseReason;
import io.studycoach.delivery.SubscriptionStore;
import io.studycoach.progress.UserProfile;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.web.SlackUsers;
import io.studycoach.summary.SummaryDelivery;

import org.springframework.stereotype.Component;

/**
 * Events that change where the coach may post: a study channel archived or deleted (public or
 * private), or the bot removed from it, pauses the channel (https://api.slack.com/events/channel_archive);
 * a member's profile change updates their time zone, and a deactivated member's subscription ends
 * (https://api.slack.com/events/user_change). Each handler touches Redis only and acknowledges: the
 * leads' DMs about a pause go out afterwards, on {@link LeadNotices}' threads.
 */
@Component
class ChannelEvents implements SlackListener {

	private final DailyDelivery delivery;

	private final SubscriptionStore subscriptions;

	private final SlackUsers users;

	private final SummaryDelivery summaries;

	private final DirectQuestions directs;

	ChannelEvents(DailyDelivery delivery, DirectQuestions directs, SubscriptionStore subscriptions, SlackUsers users,
			SummaryDelivery summaries) {
		this.directs = directs;
		this.summaries = summaries;
		this.delivery = delivery;
		this.subscriptions = subscriptions;
		this.users = users;
	}

	@Override
	public void register(App app) {
		app.event(ChannelArchiveEvent.class, (payload, context) -> {
			this.delivery.pauseChannel(payload.getTeamId(), payload.getEvent().getChannel(),
					PauseReason.CHANNEL_ARCHIVED, true);
			return context.ack();
		});
		app.event(GroupArchiveEvent.class, (payload, context) -> {
			this.delivery.pauseChannel(payload.getTeamId(), payload.getEvent().getChannel(),
					PauseReason.CHANNEL_ARCHIVED, true);
			return context.ack();
		});
		app.event(ChannelDeletedEvent.class, (payload, context) -> {
			this.delivery.pauseChannel(payload.getTeamId(), payload.getEvent().getChannel(),
					PauseReason.CHANNEL_GONE, true);
			return context.ack();
		});
		app.event(GroupDeletedEvent.class, (payload, context) -> {
			this.delivery.pauseChannel(payload.getTeamId(), payload.getEvent().getChannel(),
					PauseReason.CHANNEL_GONE, true);
			return context.ack();
		});
		app.event(MemberLeftChannelEvent.class, (payload, context) -> {
			if (payload.getEvent().getUser().equals(context.getBotUserId())) {
				this.delivery.pauseChannel(payload.getTeamId(), payload.getEvent().getChannel(),
						PauseReason.REMOVED_FROM_CHANNEL, true);
			}
			return context.ack();
		});
		app.event(UserChangeEvent.class, (payload, context) -> {
			String team = payload.getTeamId();
			UserProfile profile = this.users.refresh(team, payload.getEvent().getUser());
			String user = payload.getEvent().getUser().getId();
			if (profile.deleted()) {
				this.directs.unsubscribe(team, user, "deactivated");
			}
			else {
				// A new time zone moves the next DM to the member's new local time.
				this.subscriptions.find(team, user).ifPresent(s -> {
					this.delivery.schedule(team, s.target(), s.schedule(), profile.zone());
					this.summaries.schedulePersonal(team, s, profile.zone());
				});
			}
			return context.ack();
		});
	}

}
