package io.studycoach.slack;

import java.util.Optional;
import java.util.function.Function;

/** A sub-command's words, read: what was asked, or why the words were refused. */
public record Parsed<T>(Optional<T> value, Optional<Refusal> refusal) {

	public static <T> Parsed<T> of(T value) {
		return new Parsed<>(Optional.of(value), Optional.empty());
	}

	public static <T> Parsed<T> refused(Refusal refusal) {
		return new Parsed<>(Optional.empty(), Optional.of(refusal));
	}

	public <R> Parsed<R> map(Function<T, R> mapper) {
		return new Parsed<>(this.value.map(mapper), this.refusal);
	}

}
