package io.studycoach.slack.home;

import com.slack.api.model.block.LayoutBlock;

import java.time.ZoneId;
import java.util.List;

/**
 * Blocks a feature adds to the Home tab, below the dashboard's own (a feature's own package
 * implements it, so the Home tab needs no change for a new one).
 */
public interface HomeSection {

	List<LayoutBlock> blocks(String teamId, String userId, ZoneId zone);

}
