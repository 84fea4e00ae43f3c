package io.studycoach.learning;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks the next question for a learner: a domain drawn by the weights, then a question of that
 * domain the learner has not answered in the last 30 days (never-answered ones first). When a domain
 * has nothing fresh left, the draw moves to the domains that do; when the whole bank is recent, the
 * question answered longest ago comes back.
 */
public final class QuestionSelector {

	static final Duration FRESHNESS = Duration.ofDays(30);

	private final QuestionBank bank;

	private final Clock clock;

	private final RandomGenerator random;

	public QuestionSelector(QuestionBank bank, Clock clock, RandomGenerator random) {
		this.bank = bank;
		this.clock = clock;
		this.random = random;
	}

	/** A question from any domain, drawn by {@code weights}. */
	public Question next(DomainWeights weights, LearnerHistory history) {
		Instant since = this.clock.instant().minus(FRESHNESS);
		Set<String> exhausted = new HashSet<>();
		for (String domain : weights.asMap().keySet()) {
			if (fresh(domain, history, since).isEmpty()) {
				exhausted.add(domain);
			}
		}
		String domain = weights.without(exhausted).draw(this.random);
		return pick(domain, history, since);
	}

	/** A question from one domain, as for {@code /quiz d4}. */
	public Question next(String domain, LearnerHistory history) {
		return pick(domain, history, this.clock.instant().minus(FRESHNESS));
	}

	private Question pick(String domain, LearnerHistory history, Instant since) {
		List<Question> fresh = fresh(domain, history, since);
		if (!fresh.isEmpty()) {
			List<Question> neverAnswered = fresh.stream()
				.filter(q -> !history.lastAnswered().containsKey(q.id()))
				.toList();
			List<Question> pool = neverAnswered.isEmpty() ? fresh : neverAnswered;
			return pool.get(this.random.nextInt(pool.size()));
		}
		return oldest(domain, history).orElseThrow(() -> new IllegalStateException("Domain " + domain + " has no questions"));
	}

	private List<Question> fresh(String domain, LearnerHistory history, Instant since) {
		return this.bank.questions(domain).stream().filter(q -> !history.answeredSince(q.id(), since)).toList();
	}

	private Optional<Question> oldest(String domain, LearnerHistory history) {
		return this.bank.questions(domain)
			.stream()
			.min(Comparator.comparing(q -> history.lastAnswered().getOrDefault(q.id(), Instant.MIN)));
	}

}
