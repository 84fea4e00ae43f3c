package io.studycoach.delivery;

import io.lettuce.core.ScoredValue;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.learning.AdaptiveWeights;
import io.studycoach.learning.DomainWeights;
import io.studycoach.learning.LearnerHistory;
import io.studycoach.learning.QuestionSelector;
import io.studycoach.progress.BoardScope;
import io.studycoach.progress.Delivery;
import io.studycoach.progress.DeliveryStore;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

/**
 * Chooses and records a study channel's question of the day: domains tilted toward the group's weak
 * domains of the last 14 days (and the focus domain of the latest weekly summary), and no question
 * the channel saw in the last 60 days while others remain.
 */
@Component
public class ChannelQuestions {

	static final int GROUP_DAYS = 14;

	static final Duration RECAP_LIFETIME = Duration.ofDays(14);

	static final double FOCUS_BOOST = 1.5;

	private final QuestionBank bank;

	private final QuestionSelector selector;

	private final DeliveryStore deliveries;

	private final ChannelStore channels;

	private final Redis redis;

	ChannelQuestions(QuestionBank bank, QuestionSelector selector, DeliveryStore deliveries, ChannelStore channels,
			Redis redis) {
		this.bank = bank;
		this.selector = selector;
		this.deliveries = deliveries;
		this.channels = channels;
		this.redis = redis;
	}

	public ChannelPost prepare(String teamId, ChannelSettings settings, Instant now) {
		LocalDate today = now.atZone(settings.zone()).toLocalDate();
		Question question = this.selector
			.next(groupWeights(teamId, settings.channelId(), today), seen(teamId, settings.channelId()), today,
					QuestionSelector.CHANNEL_FRESHNESS)
			.question();
		Delivery delivery = this.deliveries.create(teamId, "", question.id(), settings.channelId(),
				Delivery.Kind.CHANNEL, settings.zone().getId(), "");
		Optional<Recap> recap = recap(teamId, settings.lastDeliveryId());
		// Kept so that live updates of the post show the same recap it was posted with.
		recap.ifPresent(r -> this.redis.sync()
			.set(RedisKeys.team(teamId).deliveryRecap(delivery.id()),
					r.question().id() + "|" + r.answered() + "|" + r.right() + "|" + r.askedOn(),
					SetArgs.Builder.ex(RECAP_LIFETIME)));
		return new ChannelPost(question, delivery, recap);
	}

	/** The post of a delivered channel question, as it was posted, for updating it. */
	public ChannelPost rebuild(Delivery delivery) {
		Question question = this.bank.question(delivery.questionId()).orElseThrow();
		String recap = this.redis.sync().get(RedisKeys.team(delivery.teamId()).deliveryRecap(delivery.id()));
		Optional<Recap> parsed = Optional.ofNullable(recap).flatMap(value -> {
			String[] fields = value.split("\\|");
			return this.bank.question(fields[0])
				.map(q -> new Recap(q, Long.parseLong(fields[1]), Long.parseLong(fields[2]),
						fields.length > 3 ? LocalDate.parse(fields[3]) : dayBefore(delivery)));
		});
		return new ChannelPost(question, delivery, parsed);
	}

	/** Notes a posted question: its message, the channel's latest question, and when the channel saw it. */
	public void posted(String teamId, ChannelSettings settings, ChannelPost post, String messageTs, Instant now) {
		this.deliveries.save(post.delivery().withMessageTs(messageTs));
		this.channels.setLastDelivery(teamId, settings.channelId(), post.delivery().id());
		this.redis.sync().zadd(RedisKeys.team(teamId).channelSeen(settings.channelId()), now.getEpochSecond(),
				post.question().id());
	}

	/** The base weights tilted by the group's answers of the last 14 days. */
	DomainWeights groupWeights(String teamId, String channelId, LocalDate today) {
		RedisClusterAsyncCommands<String, String> commands = this.redis.async();
		RedisKeys keys = RedisKeys.team(teamId);
		List<CompletableFuture<Map<String, String>>> days = new ArrayList<>();
		for (int i = 0; i < GROUP_DAYS; i++) {
			days.add(commands.hgetall(keys.channelTally(channelId, today.minusDays(i))).toCompletableFuture());
		}
		Map<String, long[]> counts = new HashMap<>();
		for (CompletableFuture<Map<String, String>> day : days) {
			day.join().forEach((field, value) -> {
				String[] parts = field.split(":");
				long[] tally = counts.computeIfAbsent(parts[0], d -> new long[2]);
				if (parts[1].equals("answered")) {
					tally[0] += Long.parseLong(value);
					tally[1] += Long.parseLong(value);
				}
				else {
					tally[1] -= Long.parseLong(value);
				}
			});
		}
		DomainWeights base = this.channels.plan(teamId, channelId).baseWeights(this.bank);
		Optional<String> focus = this.channels.focus(teamId, channelId, BoardScope.monday(today));
		if (focus.isPresent()) {
			// The weekly summary's focus area counts half again as much for the week.
			Map<String, Double> boosted = new java.util.LinkedHashMap<>(base.asMap());
			boosted.computeIfPresent(focus.get(), (d, w) -> w * FOCUS_BOOST);
			base = DomainWeights.of(boosted);
		}
		return AdaptiveWeights.tilt(base, counts);
	}

	private LearnerHistory seen(String teamId, String channelId) {
		Map<String, Instant> seen = new HashMap<>();
		for (ScoredValue<String> entry : this.redis.sync()
			.zrangeWithScores(RedisKeys.team(teamId).channelSeen(channelId), 0, -1)) {
			seen.put(entry.getValue(), Instant.ofEpochSecond((long) entry.getScore()));
		}
		return new LearnerHistory(seen);
	}

	/** The channel's day a question was posted on. */
	private static LocalDate askedOn(Delivery delivery) {
		return delivery.at().atZone(zone(delivery)).toLocalDate();
	}

	/** For a recap stored before its day was: the day before the post, as it was then worded. */
	private static LocalDate dayBefore(Delivery delivery) {
		return askedOn(delivery).minusDays(1);
	}

	private static java.time.ZoneId zone(Delivery delivery) {
		return delivery.channelZone().isEmpty() ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(delivery.channelZone());
	}

	Optional<Recap> recap(String teamId, String deliveryId) {
		if (deliveryId.isEmpty()) {
			return Optional.empty();
		}
		return this.deliveries.find(teamId, deliveryId).flatMap(delivery -> {
			Optional<Question> question = this.bank.question(delivery.questionId());
			if (question.isEmpty()) {
				return Optional.empty();
			}
			Map<String, String> answers = this.deliveries.answers(delivery);
			long right = answers.values().stream().filter(a -> a.split("\\|")[1].equals("1")).count();
			return Optional.of(new Recap(question.get(), answers.size(), right, askedOn(delivery)));
		});
	}

}
