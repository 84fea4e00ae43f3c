package io.studycoach.slack;

import io.studycoach.challenge.Challenge;
import io.studycoach.challenge.ChallengeService;
import io.studycoach.delivery.ChannelLeads;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.ChannelStore;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** {@code /quiz challenge start|join|status|end}, and the announcement's Join button. */
@Component
class ChallengeCommandHandler {

	private final ChannelStore channels;

	private final ChannelLeads leads;

	private final ChallengeService challenges;

	private final ChallengeView view;

	private final NoticeView notices;

	ChallengeCommandHandler(ChannelStore channels, ChannelLeads leads, ChallengeService challenges, ChallengeView view,
			NoticeView notices) {
		this.channels = channels;
		this.leads = leads;
		this.challenges = challenges;
		this.view = view;
		this.notices = notices;
	}

	Message handle(QuizCommand command, String team, String channelId, String user) {
		Optional<ChannelSettings> channel = this.channels.find(team, channelId);
		if (channel.isEmpty()) {
			return this.notices.notice(DeliveryWording.NOT_A_STUDY_CHANNEL, new Wording.None());
		}
		if (command instanceof QuizCommand.ChallengeStart start) {
			if (!this.leads.isLead(team, channel, user)) {
				return refusal(team, channel.get());
			}
			ChallengeService.Started started = this.challenges.start(team, channel.get(), user, start.days(),
					start.domains(), start.perDay(), start.name());
			return this.view.named(started.started() ? ChallengeWording.STARTED : ChallengeWording.RUNNING,
					started.challenge());
		}
		Optional<Challenge> running = this.challenges.running(team, channelId);
		if (running.isEmpty()) {
			return this.notices.notice(ChallengeWording.NONE, new Wording.None());
		}
		Challenge challenge = running.get();
		String action = ((QuizCommand.ChallengeAction) command).action();
		if (action.equals("join")) {
			return join(team, challenge, user);
		}
		if (action.equals("status")) {
			return this.view.status(challenge, this.challenges.standings(team, challenge), user,
					challenge.daysLeft(this.challenges.today(challenge)));
		}
		if (!this.leads.isLead(team, channel, user)) {
			return refusal(team, channel.get());
		}
		this.challenges.end(team, challenge);
		return this.view.named(ChallengeWording.ENDED, challenge);
	}

	/** The Join button of an announcement carries the challenge id. */
	Message join(String team, String challengeId, String user) {
		return this.challenges.find(team, challengeId)
			.filter(Challenge::active)
			.map(challenge -> join(team, challenge, user))
			.orElseGet(() -> this.notices.notice(ChallengeWording.NONE, new Wording.None()));
	}

	private Message join(String team, Challenge challenge, String user) {
		return this.view.named(this.challenges.join(team, challenge, user) ? ChallengeWording.JOINED
				: ChallengeWording.ALREADY_JOINED, challenge);
	}

	private Message refusal(String team, ChannelSettings channel) {
		return this.notices.leadOnly(this.leads.named(team, channel));
	}

}
