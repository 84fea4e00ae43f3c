package io.studycoach.slack;

import io.studycoach.delivery.Recap;
import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of study channels and daily DMs, with the records that fill them. */
public final class DeliveryWording {

	public record Count(long answered) {
	}

	/** @param question the recapped question's name: "Yesterday's question", "Friday's question" */
	public record Recap(String question, io.studycoach.wording.Count answered, int percent, String answerLetters, String answerText) {
	}

	/** @param pickTwo a question with several answers: tick them, then Submit */
	public record ChannelFooter(long answered, boolean pickTwo, int pickCount) {
	}

	public record DirectHeading(boolean review, boolean hasExam, io.studycoach.wording.Count daysToExam) {
	}

	public record SetupDone(String days, String time, String zone, String next, String leads) {
	}

	public record Next(String next) {
	}

	public record Leads(String leads) {
	}

	public record Reason(String reason) {
	}

	public record LeadChange(String user, boolean stillLead) {
	}

	public record Subscribed(String days, String time, String zone, String next) {
	}

	public record PauseNotice(String channel, String reason) {
	}

	public static final Prompt<Wording.None> CHANNEL_HEADING = new Prompt<>("channel-heading", Wording.None.class);

	public static final Prompt<Recap> CHANNEL_RECAP = new Prompt<>("channel-recap", Recap.class);

	public static final Prompt<ChannelFooter> CHANNEL_FOOTER = new Prompt<>("channel-footer", ChannelFooter.class);

	public static final Prompt<DirectHeading> DIRECT_HEADING = new Prompt<>("direct-heading", DirectHeading.class);

	public static final Prompt<Wording.None> DIRECT_FOOTER = new Prompt<>("direct-footer", Wording.None.class);

	public static final Prompt<SetupDone> SETUP_DONE = new Prompt<>("setup-done", SetupDone.class);

	public static final Prompt<Wording.None> SETUP_INVITE = new Prompt<>("setup-invite", Wording.None.class);

	public static final Prompt<Wording.None> SETUP_IN_DM = new Prompt<>("setup-in-dm", Wording.None.class);

	public static final Prompt<Wording.None> NOT_A_STUDY_CHANNEL = new Prompt<>("not-a-study-channel", Wording.None.class);

	public static final Prompt<Leads> LEAD_ONLY = new Prompt<>("lead-only", Leads.class);

	public static final Prompt<Wording.None> PAUSED = new Prompt<>("paused", Wording.None.class);

	public static final Prompt<Next> RESUMED = new Prompt<>("resumed", Next.class);

	public static final Prompt<Wording.None> POSTED = new Prompt<>("posted", Wording.None.class);

	public static final Prompt<Next> ALREADY_POSTED = new Prompt<>("already-posted", Next.class);

	public static final Prompt<Reason> POST_FAILED = new Prompt<>("post-failed", Reason.class);

	public static final Prompt<LeadChange> LEAD_ADDED = new Prompt<>("lead-added", LeadChange.class);

	public static final Prompt<LeadChange> LEAD_REMOVED = new Prompt<>("lead-removed", LeadChange.class);

	public static final Prompt<Subscribed> SUBSCRIBED = new Prompt<>("subscribed", Subscribed.class);

	public static final Prompt<Wording.None> UNSUBSCRIBED = new Prompt<>("unsubscribed", Wording.None.class);

	public static final Prompt<Wording.None> NOT_SUBSCRIBED = new Prompt<>("not-subscribed", Wording.None.class);

	public static final Prompt<Wording.None> POSTED_SUMMARY = new Prompt<>("posted-summary", Wording.None.class);

	public static final Prompt<Wording.None> FORGET_CONFIRM = new Prompt<>("forget-confirm", Wording.None.class);

	public static final Prompt<Wording.None> FORGOTTEN = new Prompt<>("forgotten", Wording.None.class);

	public static final Prompt<Wording.None> FORGET_CANCELLED = new Prompt<>("forget-cancelled", Wording.None.class);

	public static final Prompt<PauseNotice> PAUSE_NOTICE = new Prompt<>("pause-notice", PauseNotice.class);

	public static final List<Prompt<?>> ALL = List.of(CHANNEL_HEADING, CHANNEL_RECAP, CHANNEL_FOOTER, DIRECT_HEADING,
			DIRECT_FOOTER, SETUP_DONE, SETUP_INVITE, SETUP_IN_DM, NOT_A_STUDY_CHANNEL, LEAD_ONLY, PAUSED, RESUMED,
			POSTED, ALREADY_POSTED, POST_FAILED, LEAD_ADDED, LEAD_REMOVED, SUBSCRIBED, UNSUBSCRIBED, NOT_SUBSCRIBED,
			PAUSE_NOTICE, POSTED_SUMMARY, FORGET_CONFIRM, FORGOTTEN, FORGET_CANCELLED);

	private DeliveryWording() {
	}

}
