package io.studycoach.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial rules for the shipped bank in {@code content/}: size, balance, spread over topics,
 * references to official documentation, and lengths that read well in Slack.
 */
class ShippedBankTests {

	private static final Set<String> DOCUMENTATION_HOSTS = Set.of("cloud.google.com", "docs.cloud.google.com",
			"www.tensorflow.org", "tensorflow.org", "www.kubeflow.org", "kubeflow.org", "developers.google.com",
			"ai.google.dev", "beam.apache.org", "scikit-learn.org", "keras.io", "xgboost.readthedocs.io",
			"pytorch.org", "docs.pytorch.org", "docs.ray.io", "spark.apache.org", "airflow.apache.org");

	private static final Pattern TWO = Pattern.compile("\\btwo\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	@Test
	void everyDomainHasAtLeastFiftyQuestions() {
		this.bank.domains().forEach(d -> assertThat(this.bank.questions(d.id())).as(d.id()).hasSizeGreaterThanOrEqualTo(50));
	}

	@Test
	void stemsAndChoicesStayShortEnoughToRead() {
		List<String> tooLong = new ArrayList<>();
		for (Question q : this.bank.questions()) {
			if (q.question().length() > 700) {
				tooLong.add(q.id() + " stem " + q.question().length());
			}
			q.choices().stream().filter(c -> c.length() > 300).forEach(c -> tooLong.add(q.id() + " choice " + c.length()));
		}
		assertThat(tooLong).isEmpty();
	}

	@Test
	void referencesAreHttpsLinksToOfficialDocumentation() {
		List<String> bad = new ArrayList<>();
		for (Question q : this.bank.questions()) {
			for (String reference : q.references()) {
				URI uri = URI.create(reference);
				if (!"https".equals(uri.getScheme()) || !DOCUMENTATION_HOSTS.contains(uri.getHost())) {
					bad.add(q.id() + " " + reference);
				}
			}
		}
		assertThat(bad).isEmpty();
	}

	@Test
	void chooseTwoQuestionsSayTwoOfferFiveChoicesAndAreAtLeastATenth() {
		List<Question> multi = this.bank.questions().stream().filter(Question::multiSelect).toList();
		assertThat(multi.size()).isGreaterThanOrEqualTo(this.bank.size() / 10);
		for (Question q : multi) {
			assertThat(TWO.matcher(q.question()).find()).as(q.id() + " says 'two'").isTrue();
			assertThat(q.answer()).as(q.id()).hasSize(2);
			assertThat(q.choices()).as(q.id()).hasSize(5);
		}
	}

	@Test
	void theRightLetterIsBalancedInEveryDomain() {
		for (Domain domain : this.bank.domains()) {
			List<Question> single = this.bank.questions(domain.id()).stream().filter(q -> !q.multiSelect()).toList();
			Map<Character, Long> letters = single.stream()
				.collect(Collectors.groupingBy(q -> q.answer().iterator().next(), Collectors.counting()));
			for (char letter = 'A'; letter <= 'D'; letter++) {
				double share = letters.getOrDefault(letter, 0L) / (double) single.size();
				assertThat(share).as(domain.id() + " share of " + letter).isBetween(0.18, 0.32);
			}
		}
	}

	@Test
	void difficultyIsAboutThirtyFiftyTwenty() {
		Map<Integer, Long> levels = this.bank.questions()
			.stream()
			.collect(Collectors.groupingBy(Question::difficulty, Collectors.counting()));
		double total = this.bank.size();
		assertThat(levels.getOrDefault(1, 0L) / total).isBetween(0.25, 0.35);
		assertThat(levels.getOrDefault(2, 0L) / total).isBetween(0.45, 0.55);
		assertThat(levels.getOrDefault(3, 0L) / total).isBetween(0.15, 0.25);
	}

	@Test
	void noTopicHoldsMoreThanAFifthOfItsDomain() {
		for (Domain domain : this.bank.domains()) {
			List<Question> questions = this.bank.questions(domain.id());
			Map<String, Long> topics = questions.stream()
				.collect(Collectors.groupingBy(q -> q.topic().toLowerCase(Locale.ROOT), Collectors.counting()));
			topics.forEach((topic, count) -> assertThat(count).as(domain.id() + " " + topic)
				.isLessThanOrEqualTo(questions.size() / 5));
		}
	}

	@Test
	void noTwoStemsAreNearDuplicates() {
		List<Question> questions = this.bank.questions();
		List<Set<String>> words = questions.stream().map(q -> words(q.question())).toList();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			for (int j = i + 1; j < questions.size(); j++) {
				if (jaccard(words.get(i), words.get(j)) > 0.6) {
					pairs.add(questions.get(i).id() + " ~ " + questions.get(j).id());
				}
			}
		}
		assertThat(pairs).isEmpty();
	}

	@Test
	void idsAreUniqueAndNamedForTheirDomain() {
		Set<String> ids = new HashSet<>();
		for (Question q : this.bank.questions()) {
			assertThat(ids.add(q.id())).as(q.id() + " unique").isTrue();
			assertThat(q.id()).startsWith(q.domain() + "-");
		}
		assertThat(ids).hasSizeGreaterThanOrEqualTo(480);
	}

	@Test
	void everyGuideSectionIsWithinFifteenPercentOfItsWeight() {
		Blueprint blueprint = this.bank.blueprint();
		assertThat(blueprint.id()).isEqualTo("pmle-2024");
		assertThat(blueprint.sections()).extracting(Blueprint.Section::weight)
			.containsExactly(0.13, 0.14, 0.18, 0.20, 0.22, 0.13);
		int size = this.bank.size();
		for (Blueprint.Section section : blueprint.sections()) {
			double expected = section.weight() * size;
			assertThat((double) this.bank.questionsInSection(section.id()).size()).as("section " + section.id())
				.isBetween(expected * 0.85, expected * 1.15);
		}
	}

	@Test
	void everySubsectionHasAtLeastEightQuestionsAndFewFitNone() {
		Map<String, Long> bySubsection = this.bank.questions()
			.stream()
			.collect(Collectors.groupingBy(Question::guide, Collectors.counting()));
		this.bank.blueprint()
			.sections()
			.stream()
			.flatMap(s -> s.subsections().stream())
			.forEach(sub -> assertThat(bySubsection.getOrDefault(sub.id(), 0L)).as(sub.id()).isGreaterThanOrEqualTo(8));
		assertThat(bySubsection.getOrDefault(Blueprint.NONE, 0L)).isLessThanOrEqualTo(Math.round(this.bank.size() * 0.05));
	}

	@Test
	void atLeastSixtyQuestionsCoverGenerativeAi() {
		assertThat(this.bank.questions().stream().filter(q -> q.tags().contains("genai"))).hasSizeGreaterThanOrEqualTo(60);
	}

	/**
	 * The generative AI questions spread over the topics the 2024 guide brings in (models, RAG, agents,
	 * evaluation, safety, cost), each found by its words in the stem or the choices (not the
	 * explanation, which names the platform).
	 */
	@Test
	void everyGenerativeAiTopicHasAtLeastFiveQuestions() {
		Map<String, Pattern> topics = Map.ofEntries(
				Map.entry("Model Garden and model choice",
						Pattern.compile("model garden|gemma|gemini (flash|pro)|flash-lite|open model")),
				Map.entry("prompting, tuning or RAG", Pattern.compile("prompt|tuning|tuned|retrieval-augmented|\\brag\\b")),
				Map.entry("RAG Engine, Vector Search, grounding", Pattern.compile("rag engine|vector search|ground")),
				Map.entry("agents and Agent Builder", Pattern
					.compile("\\bagents?\\b(?! platform)|agent builder|agent development kit|\\badk\\b|function call")),
				Map.entry("evaluating generative AI", Pattern
					.compile("gen ai evaluation|evaluation service|autorater|model-based|judge|pointwise|pairwise|trajector")),
				Map.entry("safety and security", Pattern.compile("model armor|prompt injection|safety|jailbreak|harmful")),
				Map.entry("cost and latency of foundation models",
						Pattern.compile("provisioned throughput|context cach|token|latency|pay-as-you-go|batch inference")));
		List<String> genai = this.bank.questions()
			.stream()
			.filter(q -> q.tags().contains("genai"))
			.map(q -> (q.question() + " " + String.join(" ", q.choices())).toLowerCase(Locale.ROOT))
			.toList();
		topics.forEach((topic, words) -> assertThat(genai.stream().filter(text -> words.matcher(text).find()))
			.as(topic)
			.hasSizeGreaterThanOrEqualTo(5));
	}

	@Test
	void everyQuestionSaysWhenItWasLastReviewed() {
		assertThat(this.bank.questions().stream().filter(q -> !q.reviewed().matches("20\\d\\d-\\d\\d")).map(Question::id))
			.isEmpty();
	}

	/**
	 * The right choice must not be guessable from its length: over single-answer questions, each
	 * length rank (longest, 2nd, 3rd, 4th) holds 15-35% of keys; in choose-two questions the keys
	 * are the two longest choices at most a quarter of the time.
	 */
	@Test
	void noAnswerCanBeGuessedFromTheLengthOfItsChoices() {
		List<Question> single = this.bank.questions().stream().filter(q -> !q.multiSelect()).toList();
		Map<Integer, Long> ranks = single.stream()
			.collect(Collectors.groupingBy(q -> lengthRanks(q).get(0), Collectors.counting()));
		for (int rank = 0; rank < 4; rank++) {
			assertThat(ranks.getOrDefault(rank, 0L) / (double) single.size()).as("share of keys at length rank " + rank)
				.isBetween(0.15, 0.35);
		}
		List<Question> multi = this.bank.questions().stream().filter(Question::multiSelect).toList();
		long bothLongest = multi.stream().filter(q -> lengthRanks(q).equals(List.of(0, 1))).count();
		assertThat(bothLongest / (double) multi.size()).isLessThanOrEqualTo(0.25);
	}

	/** Where each right choice stands when the choices are sorted longest first (0 is the longest). */
	private static List<Integer> lengthRanks(Question q) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < q.choices().size(); i++) {
			order.add(i);
		}
		order.sort(java.util.Comparator.comparingInt((Integer i) -> -q.choices().get(i).length()));
		return q.answer().stream().map(letter -> order.indexOf(letter - 'A')).sorted().toList();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return union.isEmpty() ? 0 : both.size() / (double) union.size();
	}

}
