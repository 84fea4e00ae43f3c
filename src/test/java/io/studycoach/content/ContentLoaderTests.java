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

	private void write(String domains, String questions) throws IOException {
		Files.writeString(this.dir.resolve("domains.yml"), domains);
		Files.createDirectories(this.dir.resolve("questions"));
		Files.writeString(this.dir.resolve("questions/bank.yml"), questions);
	}

	private String location() {
		return this.dir.toUri().toString();
	}

}
