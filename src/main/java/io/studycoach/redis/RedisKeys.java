package io.studycoach.redis;

/**
 * Every Redis key the coach writes, in one place (documented in {@code docs/redis-keys.md}).
 * Keys start with {@code sc:{TEAM}:}: the team id in braces is a Redis Cluster hash tag, so all of
 * a workspace's keys share one slot and a multi-key script never crosses slots.
 */
public final class RedisKeys {

	private final String prefix;

	private RedisKeys(String teamId) {
		if (teamId == null || teamId.isBlank() || teamId.contains("}") || teamId.contains("{")) {
			throw new IllegalArgumentException("Not a Slack team id: " + teamId);
		}
		this.prefix = "sc:{" + teamId + "}:";
	}

	/**
	 * Every question's learned difficulty, deployment-wide: question data only, no person's data
	 * (hash: question id to "mean,variance,answers").
	 */
	public static String questionDifficulties() {
		return "sc:questions:difficulty";
	}

	/**
	 * Question quality, deployment-wide and naming nobody; the hash tag {@code {questions}} keeps these
	 * keys in one slot so one script reads or changes them together. Hash: first-attempt figures per
	 * question ("Q|n", "Q|r", "Q|sx", "Q|sxx", "Q|sxy", "Q|c:A", "Q|hn", "Q|h:A").
	 */
	public static String questionStats() {
		return "sc:{questions}:stats";
	}

	/** Hash: open problem reports per question and reason ("Q|key_wrong" to a count). */
	public static String questionReports() {
		return "sc:{questions}:reports";
	}

	/** Hash: reports closed when an operator cleared the question, same fields as the open ones. */
	public static String questionReportsClosed() {
		return "sc:{questions}:reports:closed";
	}

	/** Hash: quarantined question id to "epoch second|reviewed then|why". */
	public static String questionQuarantine() {
		return "sc:{questions}:quarantine";
	}

	/** Hash: question id to "epoch second|reviewed then|by" of its latest clearing by an operator. */
	public static String questionCleared() {
		return "sc:{questions}:cleared";
	}

	public static RedisKeys team(String teamId) {
		return new RedisKeys(teamId);
	}

	/** String with a time to live: a question handed to someone, as user|question|channel|kind|epoch second|message ts|channel zone. */
	public String delivery(String deliveryId) {
		return this.prefix + "dlv:" + deliveryId;
	}

	/** Hash: user id to their first answer to a delivery (letters|right|epoch second). */
	public String deliveryAnswers(String deliveryId) {
		return this.prefix + "dlv:" + deliveryId + ":answers";
	}

	/** Hash: a learner's counters: answered, right, and per domain {@code d4:a}, {@code d4:r} (earlier {@code d4:answered}, {@code d4:right}). */
	/**
	 * Hash written by earlier versions: the learner's ability belief as text and how many first
	 * answers built it; read until the learner's next first answer replaces it with {@link #learnerBelief}.
	 */
	public String learnerAbility(String userId) {
		return this.prefix + "u:" + userId + ":ability";
	}

	/** String (binary): the learner's ability belief (readiness model) and how many first answers built it. */
	public String learnerBelief(String userId) {
		return this.prefix + "u:" + userId + ":belief";
	}

	public String learnerStats(String userId) {
		return this.prefix + "u:" + userId + ":stats";
	}

	/** String, kept a year: the learner's problem report on a question, as "reason|epoch second|bank version|comment". */
	public String learnerReport(String userId, String questionId) {
		return this.prefix + "u:" + userId + ":report:" + questionId;
	}

	/** Sorted set: the workspace's problem reports as "question id|user id", scored by epoch second. */
	public String reports() {
		return this.prefix + "reports";
	}

	/** Bitmap: one bit a calendar day (learner's zone) since 2024-01-01, set on days with an answer. */
	public String learnerDays(String userId) {
		return this.prefix + "u:" + userId + ":days";
	}

	/** Bitmap like {@link #learnerDays}: bit set on each day of a vacation, which holds the streak. */
	public String learnerHeld(String userId) {
		return this.prefix + "u:" + userId + ":held";
	}

	/** Sorted set: question id scored by the epoch second of the learner's latest answer to it. */
	public String learnerAnswered(String userId) {
		return this.prefix + "u:" + userId + ":answered";
	}

	/** Sorted set: question id scored by the epoch second it was last handed to the learner personally. */
	public String learnerShown(String userId) {
		return this.prefix + "u:" + userId + ":shown";
	}

	/** Hash: question id to the review state of a missed question (see ReviewState.encode). */
	public String learnerReviews(String userId) {
		return this.prefix + "u:" + userId + ":reviews";
	}

	/** String with a time to live: what users.info said of a user, as "zone|admin|deleted". */
	public String userProfile(String userId) {
		return this.prefix + "u:" + userId + ":profile";
	}

	/** Hash: a learner's daily DM subscription (time, days). */
	public String subscription(String userId) {
		return this.prefix + "u:" + userId + ":sub";
	}

	/** Set: the user ids subscribed to daily DMs. */
	/** Set: members who left the public boards ({@code /quiz boards off}). */
	public String boardsOff() {
		return this.prefix + "boards-off";
	}

	public String subscribers() {
		return this.prefix + "subscribers";
	}

	/** Hash: a study channel's settings (time, zone, days, paused, setup_by, last delivery). */
	public String channel(String channelId) {
		return this.prefix + "ch:" + channelId;
	}

	/** Set: the study channels of the workspace. */
	public String channels() {
		return this.prefix + "channels";
	}

	/** Set: user ids added as leads of a channel (besides whoever ran setup, and admins). */
	public String channelLeads(String channelId) {
		return this.prefix + "ch:" + channelId + ":leads";
	}

	/** Sorted set: question id scored by the epoch second the channel was last asked it. */
	public String channelSeen(String channelId) {
		return this.prefix + "ch:" + channelId + ":seen";
	}

	/** Hash with a time to live: a channel's answers on one day ({@code d4:answered}, {@code d4:right}). */
	public String channelTally(String channelId, java.time.LocalDate day) {
		return this.prefix + "ch:" + channelId + ":tally:" + day;
	}

	/** Sorted set: delivery targets ({@code ch:C…} or {@code dm:U…}) scored by their next send, epoch second. */
	public String due() {
		return this.prefix + "due";
	}

	/** String with a time to live: a target's send for one local day ("sending" while leased, then the result). */
	public String sent(String target, java.time.LocalDate day) {
		return this.prefix + "sent:" + target + ":" + day;
	}

	/** When a send of the day last reached for Slack, for the check after a crash. */
	public String sentAttempt(String target, java.time.LocalDate day) {
		return sent(target, day) + ":try";
	}

	/** Patterns for SCAN over what belongs to one member (forget-me). */
	public String learnerPattern(String userId) {
		return this.prefix + "u:" + userId + ":*";
	}

	public String sentPattern(String userId) {
		return this.prefix + "sent:*:" + userId + ":*";
	}

	public String deliveryAnswersPattern() {
		return this.prefix + "dlv:*:answers";
	}

	public String boardStatsPattern() {
		return this.prefix + "board:*:st";
	}

	public String boardPointsPattern() {
		return this.prefix + "board:*:pts";
	}

	public String challengeMembersPattern() {
		return this.prefix + "chl:*:members";
	}

	public String channelLeadsPattern() {
		return this.prefix + "ch:*:leads";
	}

	/** Every delivery key and what hangs off it; a delivery itself has no further colon after its id. */
	public String deliveryPattern() {
		return this.prefix + "dlv:*";
	}

	/** Every channel key and what hangs off it; a channel's settings have no further colon after its id. */
	public String channelPattern() {
		return this.prefix + "ch:*";
	}

	/** String with a time to live: the recap of the day before that opens a channel post, for its live updates. */
	public String deliveryRecap(String deliveryId) {
		return this.prefix + "dlv:" + deliveryId + ":recap";
	}

	/** String with a short time to live: held while a live-count update of a channel post is pending. */
	public String deliveryCountUpdate(String deliveryId) {
		return this.prefix + "dlv:" + deliveryId + ":count";
	}

	/** String with a time to live: an Events API event id already handled. */
	public String event(String eventId) {
		return this.prefix + "evt:" + eventId;
	}

	/** Hash with a time to live: a learner's answers in the week starting {@code monday} (their zone). */
	public String learnerWeek(String userId, java.time.LocalDate monday) {
		return this.prefix + "u:" + userId + ":wk:" + monday;
	}

	/** Sorted set with a time to live: question id to wrong answers in a channel's week. */
	public String channelMissed(String channelId, java.time.LocalDate monday) {
		return this.prefix + "ch:" + channelId + ":wk:" + monday + ":missed";
	}

	/** Sorted set: member to points on a leaderboard ({@code scope}: see {@link BoardScope}). */
	public String boardPoints(String scope) {
		return this.prefix + "board:" + scope + ":pts";
	}

	/** Hash: member to "answered|right|epoch second of their latest right answer" on a leaderboard. */
	public String boardStats(String scope) {
		return this.prefix + "board:" + scope + ":st";
	}

	/** Hash: a challenge (channel, name, domains, per_day, start, end, zone, status, created_by). */
	public String challenge(String challengeId) {
		return this.prefix + "chl:" + challengeId;
	}

	/** Sorted set: a challenge's participants, scored by the epoch second they joined. */
	public String challengeMembers(String challengeId) {
		return this.prefix + "chl:" + challengeId + ":members";
	}

	/** String: the id of the channel's running challenge; set only when none runs (one at a time). */
	public String channelChallenge(String channelId) {
		return this.prefix + "ch:" + channelId + ":challenge";
	}

	/** Set: the challenges a member has joined. */
	public String learnerChallenges(String userId) {
		return this.prefix + "u:" + userId + ":challenges";
	}

	/** String with a time to live: the learner's placement round, as "delivery id|step" of the question they were handed last. */
	public String learnerPlacement(String userId) {
		return this.prefix + "u:" + userId + ":placement";
	}

	/** String (SET NX): present once the member was welcomed to a study channel, so they are welcomed once. */
	public String learnerWelcomed(String userId, String channelId) {
		return this.prefix + "u:" + userId + ":welcomed:" + channelId;
	}

	/** String: the workspace's installation (bot token and ids) as JSON; only when installed through OAuth. */
	public String installedBot() {
		return this.prefix + "install:bot";
	}

	/** String: who installed the coach in the workspace, as JSON; only when installed through OAuth. */
	public String installer() {
		return this.prefix + "install:installer";
	}

	/** Set with a time to live: the keys given a time to live when the workspace uninstalled the coach. */
	public String retired() {
		return this.prefix + "retired";
	}

	/** String with a time to live: set while the workspace has uninstalled the coach; its schedules stop. */
	public String uninstalled() {
		return this.prefix + "uninstalled";
	}

	/** SCAN pattern for every key of the workspace. */
	public String everyKey() {
		return this.prefix + "*";
	}

	/** String with a time to live (not per workspace): an OAuth state issued by /slack/install. */
	public static String oauthState(String state) {
		return "sc:oauth-state:" + state;
	}

	/**
	 * Stream (not per workspace): fan-out work items taken off the fan-out stream {@code fanOutStream}
	 * (the setting {@code coach.delivery.stream}) after too many deliveries.
	 */
	public static String fanOutDeadLetters(String fanOutStream) {
		return fanOutStream + ":dead";
	}

	/** Set (not per workspace): the team ids that have study channels or subscribers. */
	public static String teams() {
		return "sc:teams";
	}

	/** String with a time to live: the id of the learner's running practice exam; set only when none runs. */
	public String learnerExam(String userId) {
		return this.prefix + "u:" + userId + ":exam";
	}

	/** Hash, kept 90 days: one practice exam (questions, answers, flags, deadline, status). */
	public String exam(String userId, String examId) {
		return this.prefix + "u:" + userId + ":exam:" + examId;
	}

	/** Set with a time to live: the clicks (Slack's action_ts) a running exam has handled, so a replay changes nothing. */
	public String examClicks(String userId, String examId) {
		return exam(userId, examId) + ":clicks";
	}

	/** Sorted set, kept a year: the summaries of a learner's submitted exams, scored by epoch second. */
	public String learnerExams(String userId) {
		return this.prefix + "u:" + userId + ":exams";
	}

}
