package io.studycoach.wording;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PromptsTests {

	record Greeting(String name, List<Item> items) {
	}

	record Item(String label) {
	}

	@Test
	void variablesAreEscapedForSlackMrkdwn() {
		Prompts prompts = Prompts.load("classpath:wording-fixtures/", List.of(new Prompt<>("greeting", Greeting.class)));

		String text = prompts.render(new Prompt<>("greeting", Greeting.class),
				new Greeting("<!channel> & <https://evil.example|you>", List.of(new Item("a<b"))));

		assertThat(text).isEqualTo("Hello &lt;!channel&gt; &amp; &lt;https://evil.example|you&gt;: a&lt;b");
	}

	@Test
	void aVariableTheCodeDoesNotSupplyFailsInsteadOfRenderingBlank() {
		Prompts prompts = Prompts.load("classpath:wording-fixtures/", List.of(new Prompt<>("unknown-variable", Item.class)));

		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> prompts.render(new Prompt<>("unknown-variable", Item.class), new Item("x")))
			.withMessageContaining("nickname");
	}

	@Test
	void aMissingTemplateStopsLoading() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> Prompts.load("classpath:wording-fixtures/", List.of(new Prompt<>("absent", Item.class))))
			.withMessageContaining("absent.mustache");
	}

}
