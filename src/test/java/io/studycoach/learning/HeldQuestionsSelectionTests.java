package io.studycoach.learning;

import io.studycoach.content.ContentLoader;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.exam.ExamDraw;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quarantined (held) questions are left out of daily, /quiz and challenge picks and of practice
 * exams, and selection never runs dry because of them: a domain whose questions are nearly all held
 * still serves its few open ones, and one wholly held drops out of the draw.
 */
class HeldQuestionsSelectionTests {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	private final Set<String> held = new HashSet<>();

	private final QuestionSelector selector = new QuestionSelector(this.bank, Clock.fixed(NOW, ZoneOffset.UTC),
			new SplittableRandom(7), () -> Set.copyOf(this.held));

	@Test
	void aDomainMostlyQuarantinedServesOnlyItsOpenQuestionsAndNeverRunsDry() {
		List<Question> d4 = this.bank.questions("d4");
		List<Question> open = d4.subList(0, 2);
		d4.subList(2, d4.size()).forEach(q -> this.held.add(q.id()));

		Map<String, Instant> answered = new HashMap<>();
		Set<String> served = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			// Every pick is answered at once, so the two open questions are soon used up: the domain
			// must still serve them (the longest ago first), never a held one.
			Question q = this.selector.next("d4", new LearnerHistory(answered), TODAY, QuestionSelector.LEARNER_FRESHNESS)
				.question();
			served.add(q.id());
			answered.put(q.id(), NOW.plusSeconds(i));
		}

		assertThat(served).containsExactlyInAnyOrderElementsOf(open.stream().map(Question::id).toList());
	}

	@Test
	void weightedPicksSkipHeldQuestionsAndAWhollyHeldDomainDropsOut() {
		this.bank.questions("d4").forEach(q -> this.held.add(q.id()));
		this.bank.questions("d2").stream().skip(1).forEach(q -> this.held.add(q.id()));
		DomainWeights weights = DomainWeights.base(this.bank.domains());

		Map<String, Instant> answered = new HashMap<>();
		for (int i = 0; i < 2_000; i++) {
			Question q = this.selector.next(weights, new LearnerHistory(answered), TODAY, Duration.ofDays(30)).question();
			assertThat(this.held).as("pick %d", i).doesNotContain(q.id());
			answered.put(q.id(), NOW.plusSeconds(i));
		}
	}

	@Test
	void aWhollyHeldAreaStillAnswersSoSelectionNeverThrows() {
		this.bank.questions("d4").forEach(q -> this.held.add(q.id()));

		Question q = this.selector.next("d4", LearnerHistory.EMPTY, TODAY, QuestionSelector.LEARNER_FRESHNESS).question();

		assertThat(q.domain()).isEqualTo("d4");
	}

	@Test
	void practiceExamsLeaveHeldQuestionsOutAndKeepTheirLength() {
		Set<String> heldIds = this.bank.questions().stream().filter(q -> q.id().hashCode() % 3 != 0)
			.map(Question::id).collect(Collectors.toSet());

		List<Question> exam = ExamDraw.draw(this.bank, 50, LearnerHistory.EMPTY, new Random(3), heldIds);

		assertThat(exam).hasSize(50);
		long heldDrawn = exam.stream().filter(q -> heldIds.contains(q.id())).count();
		// Only a guide section with no open question at all may fall back to held ones.
		for (Question q : exam) {
			if (heldIds.contains(q.id())) {
				assertThat(this.bank.questionsInSection(q.section()).stream().allMatch(o -> heldIds.contains(o.id())))
					.as(q.id()).isTrue();
			}
		}
		assertThat(heldDrawn).isLessThan(50);
	}

}
