package io.studycoach.wording;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Renders the coach's wording from the Mustache templates in {@code prompts/}. Variables are
 * escaped for Slack mrkdwn ({@code &}, {@code <}, {@code >}), so content and user text can never
 * inject mentions such as {@code <!channel>} or links; triple braces insert text the code has already
 * formatted. A missing variable is an error, never a silent blank.
 */
public final class Prompts {

	private static final Mustache.Compiler COMPILER = Mustache.compiler()
		.withEscaper(Escapers.simple(new String[][] { { "&", "&amp;" }, { "<", "&lt;" }, { ">", "&gt;" } }))
		.strictSections(true)
		.emptyStringIsFalse(true)
		.zeroIsFalse(true);

	private final Map<String, Template> templates;

	private Prompts(Map<String, Template> templates) {
		this.templates = Map.copyOf(templates);
	}

	/**
	 * Compiles every template in {@code prompts} found at {@code location}, a Spring resource
	 * location ending in a slash such as {@code file:prompts/}.
	 */
	public static Prompts load(String location, List<Prompt<?>> prompts) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, Template> templates = new HashMap<>();
		for (Prompt<?> prompt : prompts) {
			Resource resource = resolver.getResource(location + prompt.fileName());
			if (!resource.exists()) {
				throw new IllegalStateException("Missing template " + location + prompt.fileName());
			}
			try (InputStream in = resource.getInputStream()) {
				templates.put(prompt.name(), COMPILER.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Template " + prompt.fileName() + " does not compile: " + ex.getMessage(),
						ex);
			}
		}
		return new Prompts(templates);
	}

	public <T extends Record> String render(Prompt<T> prompt, T context) {
		Template template = this.templates.get(prompt.name());
		if (template == null) {
			throw new IllegalArgumentException("Template not loaded: " + prompt.name());
		}
		return template.execute(context).strip();
	}

	/** Escapes text for Slack mrkdwn, for text that does not pass through a template variable. */
	public static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
