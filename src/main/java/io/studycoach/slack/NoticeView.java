package io.studycoach.slack;

import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.delivery.PauseReason;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/** Short one-section replies: usage help, "try again", "already answered" and the like. */
@Component
public final class NoticeView {

	private final Prompts prompts;

	private final QuestionBank bank;

	public NoticeView(Prompts prompts, QuestionBank bank) {
		this.prompts = prompts;
		this.bank = bank;
	}

	public Message help(String command, String unknown) {
		RefusalWording.Usage areas = areas(command);
		return text(this.prompts.render(Wording.HELP,
				new Wording.Help(unknown, command, areas.domains(), areas.sections(), areas.tags())));
	}

	/** A refused command: the problem in one sentence, then the help of that sub-command only. */
	public Message refusal(Refusal refusal) {
		return text(this.prompts.render(RefusalWording.REFUSED, RefusalWording.Refused.of(refusal)) + "\n\n"
				+ this.prompts.render(refusal.usage(), areas(Subcommand.COMMAND)));
	}

	private RefusalWording.Usage areas(String command) {
		List<Domain> domains = this.bank.domains();
		List<Wording.DomainLine> lines = domains.stream()
			.map(d -> new Wording.DomainLine(d.id(), d.name(), "", 0, 0, 0, 0, d == domains.get(domains.size() - 1)))
			.toList();
		List<StudyArea> sections = this.bank.areas().stream().filter(a -> a.kind() == StudyArea.Kind.SECTION).toList();
		List<Wording.AreaLine> sectionLines = sections.stream()
			.map(a -> new Wording.AreaLine(a.id(), a.name(), a == sections.get(sections.size() - 1)))
			.toList();
		List<Wording.AreaLine> tags = this.bank.areas()
			.stream()
			.filter(a -> a.kind() == StudyArea.Kind.TAG)
			.map(a -> new Wording.AreaLine(a.id(), a.name(), false))
			.toList();
		return new RefusalWording.Usage(command, lines, sectionLines, tags);
	}

	public <T extends Record> Message notice(Prompt<T> prompt, T context) {
		return text(this.prompts.render(prompt, context));
	}

	/** The polite refusal of a lead-only command, naming the channel's leads. */
	public Message leadOnly(Collection<String> leads) {
		return notice(DeliveryWording.LEAD_ONLY, new DeliveryWording.Leads(mentions(leads)));
	}

	/** Mentions built from user ids that came from Slack, never from free text. */
	/** The one wording of why a channel's daily question stopped. */
	public static String pauseReason(PauseReason reason) {
		return switch (reason) {
			case BY_LEAD -> "a lead paused it";
			case REMOVED_FROM_CHANNEL -> "I was removed from the channel";
			case CHANNEL_GONE -> "the channel no longer exists";
			case CHANNEL_ARCHIVED -> "the channel was archived";
			case REFUSED -> "Slack refused the post";
		};
	}

	public static String mentions(Collection<String> userIds) {
		return userIds.stream().map(NoticeView::mention).collect(Collectors.joining(", "));
	}

	public static String mention(String userId) {
		return "<@" + Prompts.escape(userId) + ">";
	}

	public Message notice(Prompt<Wording.None> prompt) {
		return notice(prompt, new Wording.None());
	}

	private static Message text(String mrkdwn) {
		return new Message(mrkdwn, List.of(section(s -> s.text(markdownText(mrkdwn)))));
	}

}
