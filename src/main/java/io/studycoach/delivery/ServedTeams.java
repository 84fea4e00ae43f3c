package io.studycoach.delivery;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Which workspaces this coach sends to. With one bot token, only the workspace that token belongs to
 * (the Slack side learns it from auth.test at start): other workspaces found in a shared Redis are left
 * untouched, so a token of the wrong workspace cannot spend, pause or unsubscribe their work. With
 * installs, every workspace, each through its own installation. Until the Slack side has said which,
 * none.
 */
@Component
public class ServedTeams {

	private static final Logger logger = LoggerFactory.getLogger(ServedTeams.class);

	private final DueIndex due;

	private volatile Scope scope = Scope.UNKNOWN;

	private volatile int untouched;

	ServedTeams(DueIndex due) {
		this.due = due;
	}

	/** One workspace only, the one the bot token belongs to; says how many others are left alone. */
	public void serveOnly(String teamId) {
		this.scope = new Scope(true, teamId);
		Set<String> teams = this.due.teams();
		this.untouched = (int) teams.stream().filter(team -> !team.equals(teamId)).count();
		if (this.untouched == 0) {
			logger.info("Serving workspace {}, the one SLACK_BOT_TOKEN belongs to", teamId);
		}
		else {
			logger.warn("Serving workspace {}, the one SLACK_BOT_TOKEN belongs to; {} other workspace(s) found in "
					+ "Redis are left untouched", teamId, this.untouched);
		}
	}

	/** Every workspace that installed the coach, each with its own installation's token. */
	public void serveAll() {
		this.scope = new Scope(true, null);
		this.untouched = 0;
	}

	public boolean serves(String teamId) {
		Scope current = this.scope;
		return current.known() && (current.team() == null || current.team().equals(teamId));
	}

	/** The one workspace served, when the coach serves one; empty with installs or before it is known. */
	public Optional<String> onlyTeam() {
		return Optional.ofNullable(this.scope.team());
	}

	/** Whether the Slack side has said which workspaces to serve. */
	public boolean known() {
		return this.scope.known();
	}

	/** Workspaces with work in Redis that were left alone when the served one was learned. */
	public int untouched() {
		return this.untouched;
	}

	/** @param team the one workspace served, or null for every installed one */
	private record Scope(boolean known, String team) {

		static final Scope UNKNOWN = new Scope(false, null);

	}

}
