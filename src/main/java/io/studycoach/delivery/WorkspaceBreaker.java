package io.studycoach.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A circuit breaker per workspace, for refusals that point at the coach's settings rather than at one
 * channel or member. When every call for a workspace is refused with an auth error or a not-found
 * error in a short window (a revoked or mistyped token, a token of another workspace), its sends are
 * held: its due targets stay due, nothing is paused or unsubscribed, health and one log line say why.
 * Each {@code retryEvery} one probe (auth.test) asks whether Slack accepts the workspace again, and a
 * call that succeeds ends the hold. A single refusal of one destination is acted on only once the
 * workspace is known to work: a call succeeded within the window, or the probe says so.
 * <p>
 * The Slack side reports every call's outcome; the state is this instance's own, so each instance
 * of a fleet learns it from its own calls.
 */
@Component
public class WorkspaceBreaker {

	private static final Logger logger = LoggerFactory.getLogger(WorkspaceBreaker.class);

	private final HoldProperties settings;

	private final Clock clock;

	private final ObjectProvider<WorkspaceProbe> probe;

	private final Map<String, State> states = new ConcurrentHashMap<>();

	/** The probe is looked up when first needed: the Slack side that answers it also reports to this breaker. */
	WorkspaceBreaker(HoldProperties settings, Clock clock, ObjectProvider<WorkspaceProbe> probe) {
		this.settings = settings;
		this.clock = clock;
		this.probe = probe;
	}

	/** A call for the workspace went through: the workspace works, and a hold ends. */
	public void succeeded(String teamId) {
		State state = this.states.computeIfAbsent(teamId, team -> new State());
		Hold ended;
		synchronized (state) {
			state.lastSuccess = this.clock.instant();
			state.refusals.clear();
			state.failedProbe = null;
			ended = state.hold;
			state.hold = null;
		}
		if (ended != null) {
			logger.info("Resuming sends to workspace {}: Slack accepts its calls again (held since {} for {})", teamId,
					ended.since(), ended.reason());
		}
	}

	/** A call for the workspace was refused with an error that may point at the settings ({@code error}). */
	public void refused(String teamId, String error) {
		State state = this.states.computeIfAbsent(teamId, team -> new State());
		Instant now = this.clock.instant();
		Hold started = null;
		synchronized (state) {
			state.refusals.addLast(now);
			while (state.refusals.size() > this.settings.refusals()
					|| now.minus(this.settings.window()).isAfter(state.refusals.peekFirst())) {
				state.refusals.removeFirst();
			}
			if (state.hold == null && state.refusals.size() >= this.settings.refusals() && !succeededLately(state, now)) {
				state.hold = new Hold(error, now);
				state.nextProbe = now.plus(this.settings.retryEvery());
				started = state.hold;
			}
		}
		if (started != null) {
			logger.warn("Holding sends to workspace {}: Slack refused its last {} calls within {} ({}) and none "
					+ "succeeded, which points at the coach's settings (SLACK_BOT_TOKEN, or the workspace's "
					+ "installation), not at its channels; nothing is paused or unsubscribed, and sends resume by "
					+ "themselves once Slack accepts its calls again (checked every {})", teamId,
					this.settings.refusals(), this.settings.window(), started.reason(), this.settings.retryEvery());
		}
	}

	/** True while the workspace's sends are held; does not ask Slack. */
	public boolean onHold(String teamId) {
		State state = this.states.get(teamId);
		if (state == null) {
			return false;
		}
		synchronized (state) {
			return state.hold != null;
		}
	}

	/**
	 * True while the workspace's sends are held. Once every {@code retryEvery}, the first caller asks
	 * Slack (the probe) whether the workspace works again; a success ends the hold.
	 */
	public boolean stillHeld(String teamId) {
		State state = this.states.get(teamId);
		if (state == null) {
			return false;
		}
		Instant now = this.clock.instant();
		synchronized (state) {
			if (state.hold == null) {
				return false;
			}
			if (state.probing || now.isBefore(state.nextProbe)) {
				return true;
			}
			state.probing = true;
			state.nextProbe = now.plus(this.settings.retryEvery());
		}
		probe(teamId, state);
		return onHold(teamId);
	}

	/**
	 * Whether a refusal of one channel or member may be acted on (the channel paused, the member
	 * unsubscribed): only when the workspace otherwise works, that is a call succeeded within the window,
	 * or Slack accepts the workspace's credentials now. Never while the workspace is held.
	 */
	public boolean confirms(String teamId) {
		State state = this.states.computeIfAbsent(teamId, team -> new State());
		Instant now = this.clock.instant();
		synchronized (state) {
			if (state.hold != null) {
				return false;
			}
			if (succeededLately(state, now)) {
				return true;
			}
			// One probe at a time, and not again soon after one failed: a burst asks Slack once, not per target.
			if (state.probing || state.failedProbe != null && now.isBefore(state.failedProbe.plus(this.settings.retryEvery()))) {
				return false;
			}
			state.probing = true;
		}
		return probe(teamId, state);
	}

	/** The workspaces held now, by team id, for health. */
	public Map<String, Hold> held() {
		Map<String, Hold> held = new TreeMap<>();
		this.states.forEach((team, state) -> {
			synchronized (state) {
				if (state.hold != null) {
					held.put(team, state.hold);
				}
			}
		});
		return held;
	}

	private boolean probe(String teamId, State state) {
		boolean accepted = false;
		try {
			accepted = this.probe.getObject().accepts(teamId);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not ask Slack whether workspace {} works: {}", teamId, ex.getMessage());
		}
		synchronized (state) {
			state.probing = false;
			state.failedProbe = accepted ? null : this.clock.instant();
		}
		if (accepted) {
			// The Slack side reports the probe's success too; saying it here keeps the breaker right without it.
			succeeded(teamId);
		}
		return accepted;
	}

	private boolean succeededLately(State state, Instant now) {
		return state.lastSuccess != null && !now.minus(this.settings.window()).isAfter(state.lastSuccess);
	}

	/** Why and since when a workspace's sends are held. */
	public record Hold(String reason, Instant since) {
	}

	/** One workspace's recent calls; guarded by its own monitor. */
	private static final class State {

		private final Deque<Instant> refusals = new ArrayDeque<>();

		private Instant lastSuccess;

		private Hold hold;

		private Instant nextProbe = Instant.EPOCH;

		private Instant failedProbe;

		private boolean probing;

	}

}
