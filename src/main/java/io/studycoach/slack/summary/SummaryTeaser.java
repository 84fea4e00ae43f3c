package io.studycoach.slack.summary;

import io.studycoach.slack.Message;
import io.studycoach.summary.WeeklySummary;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * The weekly summary's short message in the channel: two lines under the day's question, with the
 * details in its thread, so the summary never buries the question on the morning both go out.
 */
@Component
public class SummaryTeaser {

	/** @param week the week's Monday, "2 March" */
	public record Teaser(String week, Count members, Count answers) {
	}

	public static final Prompt<Teaser> TEASER = new Prompt<>("summary-teaser", Teaser.class);

	public static final List<Prompt<?>> ALL = List.of(TEASER);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

	private final Prompts prompts;

	SummaryTeaser(Prompts prompts) {
		this.prompts = prompts;
	}

	public Message render(WeeklySummary summary) {
		String text = this.prompts.render(TEASER, new Teaser(DAY.format(summary.monday()),
				Count.of(summary.thisWeek().members()), Count.of(summary.thisWeek().answers())));
		return new Message(text, List.of(section(s -> s.text(markdownText(text)))));
	}

}
