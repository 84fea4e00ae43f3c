package io.studycoach.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's small workspace, in memory: a study channel, five members in different time zones
 * (one of them the lead), a DM between each member and the bot, their Home tabs, and uploaded files.
 */
final class SandboxWorkspace {

	static final String TEAM = "T0SANDBOX";

	static final String BOT_USER = "U0COACHBOT";

	static final String CHANNEL = "C0STUDY";

	static final String CHANNEL_NAME = "pmle-study";

	private static final Pattern MENTION = Pattern.compile("(?<![<\\w])@(\\w+)");

	private final Map<String, Member> members = new LinkedHashMap<>();

	private final Map<String, List<Post>> conversations = new ConcurrentHashMap<>();

	private final Map<String, JsonNode> homes = new ConcurrentHashMap<>();

	private final Map<String, byte[]> files = new ConcurrentHashMap<>();

	private final AtomicLong clock = new AtomicLong(1_772_000_000_000L);

	private volatile boolean botInChannel = true;

	SandboxWorkspace() {
		add(new Member("U0PRIYA", "Priya", "Europe/London", true));
		add(new Member("U0KENJI", "Kenji", "Asia/Tokyo", false));
		add(new Member("U0MARIA", "Maria", "America/Los_Angeles", false));
		add(new Member("U0JONAS", "Jonas", "Europe/Berlin", false));
		add(new Member("U0AMARA", "Amara", "Africa/Lagos", false));
		this.conversations.put(CHANNEL, new ArrayList<>());
		this.members.keySet().forEach(id -> this.conversations.put(dm(id), new ArrayList<>()));
	}

	private void add(Member member) {
		this.members.put(member.id(), member);
	}

	List<Member> members() {
		return List.copyOf(this.members.values());
	}

	Optional<Member> member(String id) {
		return Optional.ofNullable(this.members.get(id));
	}

	/**
	 * Typed {@code @Name}s as Slack sends them in slash-command text, {@code <@U0PRIYA|priya>}; a name
	 * that is no member's stays as typed, as Slack leaves it.
	 */
	String mentions(String text) {
		return MENTION.matcher(text).replaceAll(match -> this.members.values()
			.stream()
			.filter(m -> m.name().equalsIgnoreCase(match.group(1)))
			.findFirst()
			.map(m -> Matcher.quoteReplacement("<@" + m.id() + "|" + m.name().toLowerCase(Locale.ROOT) + ">"))
			.orElse(Matcher.quoteReplacement(match.group())));
	}

	/** The DM between a member and the bot. */
	static String dm(String userId) {
		return "D" + userId.substring(1);
	}

	/** A conversation id for a channel id or (as Slack allows) a user id. */
	Optional<String> conversation(String channel) {
		if (this.conversations.containsKey(channel)) {
			return Optional.of(channel);
		}
		return this.members.containsKey(channel) ? Optional.of(dm(channel)) : Optional.empty();
	}

	boolean botInChannel() {
		return this.botInChannel;
	}

	void setBotInChannel(boolean member) {
		this.botInChannel = member;
	}

	/** A new message timestamp, unique and increasing, in Slack's "seconds.micros" form. */
	String nextTs() {
		long micros = this.clock.incrementAndGet();
		return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
	}

	synchronized Post post(String conversation, String from, String text, JsonNode blocks, String visibleTo) {
		Post post = new Post(nextTs(), from, text, blocks, visibleTo);
		this.conversations.get(conversation).add(post);
		return post;
	}

	synchronized Optional<Post> replace(String conversation, String ts, String text, JsonNode blocks) {
		List<Post> posts = this.conversations.get(conversation);
		for (int i = 0; i < posts.size(); i++) {
			Post old = posts.get(i);
			if (old.ts().equals(ts)) {
				Post updated = new Post(ts, old.from(), text, blocks, old.visibleTo());
				posts.set(i, updated);
				return Optional.of(updated);
			}
		}
		return Optional.empty();
	}

	synchronized Optional<Post> find(String conversation, String ts) {
		return this.conversations.getOrDefault(conversation, List.of()).stream().filter(p -> p.ts().equals(ts)).findFirst();
	}

	/** What {@code user} sees of a conversation: everyone's messages and their own ephemeral ones. */
	synchronized List<Post> visible(String conversation, String user) {
		return this.conversations.getOrDefault(conversation, List.of())
			.stream()
			.filter(p -> p.visibleTo().isEmpty() || p.visibleTo().equals(user))
			.toList();
	}

	void publishHome(String user, JsonNode view) {
		this.homes.put(user, view);
	}

	Optional<JsonNode> home(String user) {
		return Optional.ofNullable(this.homes.get(user));
	}

	void storeFile(String id, byte[] bytes) {
		this.files.put(id, bytes);
	}

	Optional<byte[]> file(String id) {
		return Optional.ofNullable(this.files.get(id));
	}

	/** Back to a fresh start: empty conversations, no Home tabs or files, the bot in the channel. */
	synchronized void reset() {
		this.conversations.values().forEach(List::clear);
		this.homes.clear();
		this.files.clear();
		this.botInChannel = true;
	}

	record Member(String id, String name, String zone, boolean lead) {
	}

	/**
	 * A message.
	 *
	 * @param from a member id, or the bot's
	 * @param visibleTo the one member who sees an ephemeral message, or empty for everyone
	 */
	record Post(String ts, String from, String text, JsonNode blocks, String visibleTo) {
	}

}
