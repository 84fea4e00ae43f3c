package io.studycoach.slack.summary;

import com.slack.api.model.block.LayoutBlock;
import io.studycoach.summary.WeeklySummary;

import java.util.List;

/**
 * Blocks a feature adds at the end of a channel's weekly summary (a feature's own package implements
 * it, so the summary needs no change for a new one). They must name no one.
 */
public interface SummarySection {

	List<LayoutBlock> blocks(String teamId, WeeklySummary summary);

}
