package io.studycoach.slack.quiz;

import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of {@code /quiz vacation}, with the records that fill them. */
public final class VacationWording {

	/** @param until the last held day, as the coach names days ("Friday 19 June") */
	public record Held(Count days, String until) {
	}

	/** @param given what the learner typed after {@code vacation} */
	public record Refused(String given, Count maxDays) {
	}

	public record Ended(boolean wasOn) {
	}

	public static final Prompt<Held> HELD = new Prompt<>("vacation-held", Held.class);

	public static final Prompt<Refused> REFUSED = new Prompt<>("vacation-refused", Refused.class);

	public static final Prompt<Ended> ENDED = new Prompt<>("vacation-ended", Ended.class);

	public static final List<Prompt<?>> ALL = List.of(HELD, REFUSED, ENDED);

	private VacationWording() {
	}

}
