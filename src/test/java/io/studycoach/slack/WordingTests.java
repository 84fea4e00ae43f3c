package io.studycoach.slack;

import io.studycoach.slack.bolt.PromptCatalogue;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template in {@code prompts/} renders with sample data, and uses only variables that its
 * context record (the code's side) supplies.
 */
class WordingTests {

	private static final Pattern TAG = Pattern.compile("\\{\\{\\{?\\s*[#^/&]?\\s*([A-Za-z_][\\w.]*)\\s*}?}}");

	@Test
	void everyTemplateFileIsKnownToTheCodeAndEveryKnownTemplateExists() throws IOException {
		Set<String> files = new HashSet<>();
		try (Stream<Path> paths = Files.list(Path.of("prompts"))) {
			paths.map(p -> p.getFileName().toString()).forEach(files::add);
		}

		assertThat(files).containsExactlyInAnyOrderElementsOf(PromptCatalogue.ALL.stream().map(Prompt::fileName).toList());
	}

	@Test
	void templatesUseOnlyVariablesTheCodeSupplies() throws IOException {
		List<String> unknown = new ArrayList<>();
		for (Prompt<?> prompt : PromptCatalogue.ALL) {
			Set<String> supplied = componentNames(prompt.context());
			Matcher tags = TAG.matcher(Files.readString(Path.of("prompts", prompt.fileName())));
			while (tags.find()) {
				if (!supplied.contains(tags.group(1))) {
					unknown.add(prompt.fileName() + " uses {{" + tags.group(1) + "}}");
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void everyTemplateRendersWithSampleData() throws Exception {
		Prompts prompts = Prompts.load("file:prompts/", PromptCatalogue.ALL);
		for (Prompt<?> prompt : PromptCatalogue.ALL) {
			String text = render(prompts, prompt);
			assertThat(text).as(prompt.fileName()).isNotBlank().doesNotContain("{{").hasSizeLessThan(3000);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T extends Record> String render(Prompts prompts, Prompt<T> prompt) throws Exception {
		return prompts.render(prompt, (T) sample(prompt.context()));
	}

	private static Set<String> componentNames(Class<?> type) {
		Set<String> names = new HashSet<>();
		for (RecordComponent component : type.getRecordComponents()) {
			names.add(component.getName());
			if (component.getType() == Count.class) {
				for (String form : List.of("one", "some", "none")) {
					names.add(component.getName() + "." + form);
				}
			}
			Class<?> element = listElement(component);
			if (element != null && element.isRecord()) {
				names.addAll(componentNames(element));
			}
		}
		return names;
	}

	/** A record filled with non-empty values, so every section of a template is rendered. */
	private static Object sample(Class<?> type) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = sampleValue(components[i]);
		}
		var constructor = type.getDeclaredConstructor(types);
		constructor.setAccessible(true);
		return constructor.newInstance(values);
	}

	private static Object sampleValue(RecordComponent component) throws Exception {
		Class<?> type = component.getType();
		if (type == String.class) {
			return "sample " + component.getName() + " <&>";
		}
		if (type == int.class) {
			return 3;
		}
		if (type == long.class) {
			return 7L;
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == Count.class) {
			return Count.of(3);
		}
		if (type == List.class) {
			Class<?> element = listElement(component);
			return List.of(sample(element), sample(element));
		}
		throw new IllegalArgumentException("No sample for " + type);
	}

	private static Class<?> listElement(RecordComponent component) {
		if (component.getGenericType() instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return null;
	}

}
