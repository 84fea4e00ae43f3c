package io.studycoach.slack;

import com.slack.api.model.block.LayoutBlock;

import java.util.List;

/** A message to show: blocks plus the plain text Slack uses for notifications and screen readers. */
public record Message(String text, List<LayoutBlock> blocks) {

	public Message {
		blocks = List.copyOf(blocks);
	}

}
