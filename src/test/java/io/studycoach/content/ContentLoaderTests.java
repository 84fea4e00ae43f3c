package io.studycoach.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ContentLoaderTests {

	private static final String DOMAINS = """
			- {id: d1, name: ML Problem Framing, description: x, weight: 0.5}
			- {id: d2, name: ML Solution Architecture, description: x, weight: 0.5}
			""";

	private static final String GOOD = """
			- id: d1-good-001
			  domain: d1
			  topic: Baselines
			  difficulty: 2
			  question: A team wants a baseline. What should they do first?
			  choices: ["Train a deep model", "Compare against a simple heuristic", "Buy GPUs", "Skip evaluation"]
			  answer: B
			  explanation: A simple heuristic sets the bar any model must beat; the others skip that step.
			  references: [https://developers.google.com/machine-learning/guides/rules-of-ml]
			- id: d2-good-001
			  domain: d2
			  topic: Cost
			  difficulty: 1
			  question: Which two choices lower cost? Choose two.
			  choices: ["Batch prediction", "Always-on GPUs", "Autoscaling to fit load", "Larger machines", "More replicas"]
			  answer: [A, C]
			  explanation: Batch prediction and autoscaling avoid paying for idle capacity; the rest add cost.
			  references: [https://cloud.google.com/vertex-ai/docs/predictions/overview]
			""";

	@TempDir
	Path dir;

	@Test
	void theShippedBankLoads() {
		QuestionBank bank = new ContentLoader().load("file:content/");

		assertThat(bank.domains()).extracting(Domain::id).containsExactly("d1", "d2", "d3", "d4", "d5", "d6");
		assertThat(bank.domains()).extracting(Domain::weight).containsExactly(0.10, 0.10, 0.10, 0.30, 0.10, 0.30);
		bank.domains().forEach(d -> assertThat(bank.questions(d.id())).as(d.id()).hasSizeGreaterThanOrEqualTo(10));
	}

	@Test
	void goodFilesLoadWithSingleAndMultiAnswerQuestions() throws IOException {
		write(DOMAINS, GOOD);

		QuestionBank bank = new ContentLoader().load(location());

		assertThat(bank.size()).isEqualTo(2);
		assertThat(bank.question("d1-good-001").orElseThrow().answer()).containsExactly('B');
		Question multi = bank.question("d2-good-001").orElseThrow();
		assertThat(multi.multiSelect()).isTrue();
		assertThat(multi.answerLetters()).isEqualTo("A, C");
		assertThat(multi.isRight(java.util.Set.of('C', 'A'))).isTrue();
		assertThat(multi.isRight(java.util.Set.of('A'))).isFalse();
		assertThat(multi.isRight(java.util.Set.of('A', 'C', 'D'))).isFalse();
	}

	@Test
	void everyProblemIsReportedAtOnceWithFileAndQuestionId() throws IOException {
		String broken = GOOD + """
				- id: d1-good-001
				  domain: d9
				  topic: Dup
				  difficulty: 2
				  question: Duplicate id and unknown domain?
				  choices: ["One", "Two"]
				  answer: C
				  explanation: ""
				  references: []
				- id: d1-few-001
				  domain: d1
				  topic: Few
				  difficulty: 4
				  question: Only one choice?
				  choices: ["Alone"]
				  answer: A
				  explanation: Too few choices.
				  references: [http://example.com/not-https]
				- id: d1-long-001
				  domain: d1
				  topic: Long
				  difficulty: 1
				  question: %s
				  choices: ["%s", "Short"]
				  answer: A
				  explanation: Too long for Slack.
				  references: [https://cloud.google.com/vertex-ai/docs]
				""".formatted("Q".repeat(1600), "C".repeat(301));
		write(DOMAINS, broken);

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.contains("questions/bank.yml [d1-good-001]: duplicate id: another question already uses it")
				.anyMatch(p -> p.contains("[d1-good-001]: unknown domain 'd9'"))
				.anyMatch(p -> p.contains("[d1-good-001]: answer 'C' is not one of the choices' letters"))
				.anyMatch(p -> p.contains("[d1-good-001]: empty explanation"))
				.anyMatch(p -> p.contains("[d1-good-001]: no reference"))
				.anyMatch(p -> p.contains("[d1-few-001]: has 1 choices"))
				.anyMatch(p -> p.contains("[d1-few-001]: difficulty must be 1, 2 or 3"))
				.anyMatch(p -> p.contains("[d1-few-001]: reference 'http://example.com/not-https' is not an https URL"))
				.anyMatch(p -> p.contains("[d1-long-001]: question text is 1600 characters"))
				.anyMatch(p -> p.contains("[d1-long-001]: choice A is 301 characters")));
	}

	@Test
	void weightsMustSumToOne() throws IOException {
		write(DOMAINS.replace("weight: 0.5}\n- {id: d2", "weight: 0.4}\n- {id: d2"), GOOD);

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.withMessageContaining("domains.yml: weights sum to 0.9");
	}

	@Test
	void unreadableYamlNamesTheFileAndLine() throws IOException {
		write(DOMAINS, "- id: d1-x-001\n  choices: [unclosed\n");

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.withMessageContaining("questions/bank.yml: cannot be read (line");
	}

	@Test
	void unknownFieldsAreRejected() throws IOException {
		write(DOMAINS, GOOD.replace("  topic: Cost", "  topic: Cost\n  hint: not a field"));

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.withMessageContaining("questions/bank.yml: cannot be read")
			.withMessageContaining("hint");
	}

	private static final String GUIDE = """
			id: guide-test
			name: A two-section exam guide
			live-from: 2024-10-01
			sections:
			  - id: "1"
			    name: Framing
			    weight: 0.4
			    subsections:
			      - {id: "1.1", name: Baselines}
			  - id: "2"
			    name: Serving
			    weight: 0.6
			    subsections:
			      - {id: "2.1", name: Serving models}
			""";

	private static final String GLOSSARY = """
			- {old: Vertex AI Search, new: Agent Search, kind: renamed, since: 2026-04}
			- {old: AutoML Tables, kind: retired, since: 2024-03}
			- {old: Vertex Explainable AI, kind: deprecated, since: 2026-03}
			""";

	@Test
	void theExamGuideIsCheckedLikeTheQuestions() throws IOException {
		write(DOMAINS, GOOD);
		writeGuide(GUIDE.replace("weight: 0.6", "weight: 0.5").replace("{id: \"2.1\"", "{id: \"3.1\""));

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.anyMatch(p -> p.contains("blueprints/guide.yml") && p.contains("section weights sum to 0.9"))
				.anyMatch(p -> p.contains("blueprints/guide.yml [3.1]") && p.contains("starts with its section's (2.)")));
	}

	@Test
	void everyQuestionNamesAnExistingSubsectionOfTheGuideOrNone() throws IOException {
		write(DOMAINS, GOOD.replace("  topic: Baselines", "  guide: \"1.1\"\n  topic: Baselines"));
		writeGuide(GUIDE);
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.containsExactly("questions/bank.yml [d2-good-001]: missing guide: a sub-section of guide-test (like \"4.2\") or none"));

		write(DOMAINS, GOOD.replace("  topic: Baselines", "  guide: \"1.1\"\n  topic: Baselines")
			.replace("  topic: Cost", "  guide: \"2.7\"\n  topic: Cost"));
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.withMessageContaining("[d2-good-001]: guide '2.7' is not a sub-section of guide-test");

		write(DOMAINS, GOOD.replace("  topic: Baselines", "  guide: \"1.1\"\n  topic: Baselines")
			.replace("  topic: Cost", "  guide: none\n  topic: Cost"));
		QuestionBank bank = new ContentLoader().load(location());
		assertThat(bank.question("d1-good-001").orElseThrow().guide()).isEqualTo("1.1");
		assertThat(bank.question("d2-good-001").orElseThrow().guide()).isEqualTo(Blueprint.NONE);
	}

	@Test
	void aQuestionNamingARenamedRetiredOrDeprecatedProductMustSaySo() throws IOException {
		String silent = GOOD.replace("What should they do first?", "What should they do first in Vertex AI Search?")
			.replace("\"Buy GPUs\"", "\"Train with AutoML Tables\"")
			.replace("Which two choices lower cost?", "Which two choices lower the cost of Vertex Explainable AI?");
		write(DOMAINS, silent);
		Files.writeString(this.dir.resolve("glossary.yml"), GLOSSARY);

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ContentProblem::toString)
				.anyMatch(p -> p.contains("[d1-good-001]: names 'Vertex AI Search' (renamed since 2026-04)")
						&& p.contains("its current name 'Agent Search'"))
				.anyMatch(p -> p.contains("[d1-good-001]: names 'AutoML Tables' (retired since 2024-03)")
						&& p.contains("that it was retired or replaced"))
				.anyMatch(p -> p.contains("[d2-good-001]: names 'Vertex Explainable AI' (deprecated since 2026-03)")
						&& p.contains("that it is deprecated"))
				.hasSize(3));

		write(DOMAINS, silent
			.replace("the others skip that step.",
					"the others skip that step. Vertex AI Search is now Agent Search; AutoML Tables was shut down.")
			.replace("the rest add cost.", "the rest add cost. Vertex Explainable AI is deprecated."));
		assertThat(new ContentLoader().load(location()).size()).isEqualTo(2);
	}

	@Test
	void aRenamedGlossaryEntryNeedsItsNewName() throws IOException {
		write(DOMAINS, GOOD);
		Files.writeString(this.dir.resolve("glossary.yml"), "- {old: Vertex AI Search, kind: renamed, since: 2026-04}\n");

		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(location()))
			.withMessageContaining("glossary.yml [Vertex AI Search]: a renamed entry needs its new name");
	}

	private void writeGuide(String guide) throws IOException {
		Files.createDirectories(this.dir.resolve("blueprints"));
		Files.writeString(this.dir.resolve("blueprints/guide.yml"), guide);
	}

	private void write(String domains, String questions) throws IOException {
		Files.writeString(this.dir.resolve("domains.yml"), domains);
		Files.createDirectories(this.dir.resolve("questions"));
		Files.writeString(this.dir.resolve("questions/bank.yml"), questions);
	}

	private String location() {
		return this.dir.toUri().toString();
	}

}
