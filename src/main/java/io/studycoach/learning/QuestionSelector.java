package io.studycoach.learning;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks the next question. A due review comes first when the last two picks were not reviews (so
 * reviews take at most one question in three). Otherwise a domain is drawn by the weights and a
 * question of it is chosen that was not answered within the freshness window and is not under review
 * or retired, never-answered ones first. A domain with nothing fresh left drops out of the draw; when
 * the whole bank is used up, the question answered longest ago comes back. Held (quarantined) questions
 * are never fresh and come back last: only when a whole area is held is one of them served, so
 * selection never runs dry.
 */
public final class QuestionSelector {

	/** For a learner: no question answered in the last 30 days while others remain. */
	public static final Duration LEARNER_FRESHNESS = Duration.ofDays(30);

	/** For a channel: no question seen in the last 60 days while others remain. */
	public static final Duration CHANNEL_FRESHNESS = Duration.ofDays(60);

	static final int PICKS_BETWEEN_REVIEWS = 2;

	private final QuestionBank bank;

	private final Clock clock;

	private final RandomGenerator random;

	private final HeldQuestions held;

	public QuestionSelector(QuestionBank bank, Clock clock, RandomGenerator random) {
		this(bank, clock, random, HeldQuestions.NONE);
	}

	public QuestionSelector(QuestionBank bank, Clock clock, RandomGenerator random, HeldQuestions held) {
		this.bank = bank;
		this.clock = clock;
		this.random = random;
		this.held = held;
	}

	/** A question from any domain, drawn by {@code weights}. */
	public Pick next(DomainWeights weights, LearnerHistory history, LocalDate today, Duration freshness) {
		return next(weights, history, today, freshness, Set.of());
	}

	/**
	 * As {@link #next(DomainWeights, LearnerHistory, LocalDate, Duration)}, never picking one of
	 * {@code excluded} while any other question of the weighted domains is left (a challenge's rule).
	 * Held questions (under review) are never picked while their domain has another.
	 */
	public Pick next(DomainWeights weights, LearnerHistory history, LocalDate today, Duration freshness,
			Set<String> excluded) {
		Set<String> held = this.held.held();
		Set<String> skipped = new HashSet<>(held);
		skipped.addAll(excluded);
		Optional<Question> review = dueReview(weights.asMap().keySet(), history, today, held)
			.filter(q -> !excluded.contains(q.id()));
		if (review.isPresent()) {
			return new Pick(review.get(), true);
		}
		Instant since = this.clock.instant().minus(freshness);
		Set<String> exhausted = new HashSet<>();
		Set<String> allHeld = new HashSet<>();
		for (String domain : weights.asMap().keySet()) {
			if (fresh(domain, history, since, skipped).isEmpty()) {
				exhausted.add(domain);
			}
			if (this.bank.questionsIn(domain).stream().allMatch(q -> held.contains(q.id()))) {
				allHeld.add(domain);
			}
		}
		// A domain whose every question is held drops out even when the whole bank is used up.
		DomainWeights open = weights.without(allHeld);
		if (exhausted.size() == weights.asMap().size() && !excluded.isEmpty()) {
			// Nothing fresh anywhere: the longest-ago question that is neither excluded nor held, if any.
			Optional<Question> unexcluded = open.asMap()
				.keySet()
				.stream()
				.flatMap(d -> this.bank.questionsIn(d).stream())
				.filter(q -> !skipped.contains(q.id()))
				.min(Comparator.comparing((Question q) -> history.lastAnswered().getOrDefault(q.id(), Instant.MIN))
					.thenComparing(Question::id));
			if (unexcluded.isPresent()) {
				return new Pick(unexcluded.get(), false);
			}
		}
		return new Pick(pick(open.without(exhausted).draw(this.random), history, since, skipped), false);
	}

	/** A question from one study area (a domain, a guide section or a tag), as for {@code /quiz d4}. */
	public Pick next(String domain, LearnerHistory history, LocalDate today, Duration freshness) {
		Set<String> held = this.held.held();
		Optional<Question> review = dueReview(Set.of(domain), history, today, held);
		if (review.isPresent()) {
			return new Pick(review.get(), true);
		}
		return new Pick(pick(domain, history, this.clock.instant().minus(freshness), held), false);
	}

	private Optional<Question> dueReview(Set<String> domains, LearnerHistory history, LocalDate today,
			Set<String> held) {
		if (history.picksSinceReview() < PICKS_BETWEEN_REVIEWS) {
			return Optional.empty();
		}
		return history.reviews()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().dueOn(today))
			// Ties go by question id so that a run repeats exactly (the history's maps have no order).
			.sorted(Comparator.comparing((Map.Entry<String, ReviewState> e) -> e.getValue().due())
				.thenComparing(Map.Entry::getKey))
			.map(e -> this.bank.question(e.getKey()))
			.flatMap(Optional::stream)
			.filter(q -> !held.contains(q.id()))
			.filter(q -> domains.stream().anyMatch(area -> this.bank.inArea(q, area)))
			.findFirst();
	}

	private Question pick(String domain, LearnerHistory history, Instant since, Set<String> skipped) {
		List<Question> fresh = fresh(domain, history, since, skipped);
		if (!fresh.isEmpty()) {
			List<Question> neverAnswered = fresh.stream()
				.filter(q -> !history.lastAnswered().containsKey(q.id()))
				.toList();
			List<Question> pool = neverAnswered.isEmpty() ? fresh : neverAnswered;
			return pool.get(this.random.nextInt(pool.size()));
		}
		List<Question> everyQuestion = this.bank.questionsIn(domain);
		List<Question> notHeld = everyQuestion.stream().filter(q -> !skipped.contains(q.id())).toList();
		List<Question> all = notHeld.isEmpty() ? everyQuestion : notHeld;
		List<Question> notRetired = all.stream().filter(q -> !history.retired(q.id())).toList();
		return (notRetired.isEmpty() ? all : notRetired).stream()
			.min(Comparator.comparing(q -> history.lastAnswered().getOrDefault(q.id(), Instant.MIN)))
			.orElseThrow(() -> new IllegalStateException("Domain " + domain + " has no questions"));
	}

	/** Not answered since {@code since}, neither under review nor retired, and not skipped (held or excluded). */
	private List<Question> fresh(String domain, LearnerHistory history, Instant since, Set<String> skipped) {
		return this.bank.questionsIn(domain)
			.stream()
			.filter(q -> !history.answeredSince(q.id(), since) && history.review(q.id()).isEmpty())
			.filter(q -> !skipped.contains(q.id()))
			.toList();
	}

	/** A chosen question, and whether it is a due review. */
	public record Pick(Question question, boolean review) {
	}

}
