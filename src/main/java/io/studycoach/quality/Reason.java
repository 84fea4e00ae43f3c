package io.studycoach.quality;

import java.util.Arrays;
import java.util.Optional;

/** Why a learner reports a question; {@link #code()} is what Redis and the modal carry. */
public enum Reason {

	KEY_WRONG("key_wrong"), TWO_RIGHT("two_right"), UNCLEAR("unclear"), OUTDATED("outdated"),
	BROKEN_LINK("broken_link"), TYPO("typo");

	private final String code;

	Reason(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<Reason> of(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
	}

	/** Reports that say the question no longer matches the product or its pages. */
	boolean stale() {
		return this == OUTDATED || this == BROKEN_LINK;
	}

}
