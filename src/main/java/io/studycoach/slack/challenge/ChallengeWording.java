package io.studycoach.slack.challenge;

import io.studycoach.content.Question;
import io.studycoach.slack.Wording;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of challenges, with the records that fill them. */
public final class ChallengeWording {

	public record Announce(String name, long days, Count perDay, String domains, String end) {
	}

	public record Named(String name, String end, Count perDay) {
	}

	public record Row(int rank, String member, long points, int percent, String medal) {
	}

	public record You(int rank, int total, long points) {
	}

	public record Status(String name, Count daysLeft, int participants, List<Row> rows, List<You> you) {
	}

	public record Final(String name, String winner, Count points, List<Row> rows) {
	}

	public record Question(String name, int number, int perDay) {
	}

	public static final Prompt<Announce> ANNOUNCE = new Prompt<>("challenge-announce", Announce.class);

	public static final Prompt<Named> STARTED = new Prompt<>("challenge-started", Named.class);

	public static final Prompt<Named> RUNNING = new Prompt<>("challenge-running", Named.class);

	public static final Prompt<Named> JOINED = new Prompt<>("challenge-joined", Named.class);

	public static final Prompt<Named> ALREADY_JOINED = new Prompt<>("challenge-already-joined", Named.class);

	public static final Prompt<Wording.None> NONE = new Prompt<>("challenge-none", Wording.None.class);

	public static final Prompt<Status> STATUS = new Prompt<>("challenge-status", Status.class);

	public static final Prompt<Final> FINAL = new Prompt<>("challenge-final", Final.class);

	public static final Prompt<Question> QUESTION = new Prompt<>("challenge-question", Question.class);

	public static final Prompt<Named> ENDED = new Prompt<>("challenge-ended", Named.class);

	public static final List<Prompt<?>> ALL = List.of(ANNOUNCE, STARTED, RUNNING, JOINED, ALREADY_JOINED, NONE, STATUS, FINAL,
			QUESTION, ENDED);

	private ChallengeWording() {
	}

}
