package io.studycoach.slack;

import io.studycoach.wording.Prompt;

import java.util.List;

/** The templates of challenges, with the records that fill them. */
final class ChallengeWording {

	record Announce(String name, long days, int perDay, String domains, String end) {
	}

	record Named(String name, String end, int perDay) {
	}

	record Row(int rank, String member, long points, int percent, String medal) {
	}

	record You(int rank, int total, long points) {
	}

	record Status(String name, long daysLeft, int participants, List<Row> rows, List<You> you) {
	}

	record Final(String name, String winner, long points, List<Row> rows) {
	}

	record Question(String name, int number, int perDay) {
	}

	static final Prompt<Announce> ANNOUNCE = new Prompt<>("challenge-announce", Announce.class);

	static final Prompt<Named> STARTED = new Prompt<>("challenge-started", Named.class);

	static final Prompt<Named> RUNNING = new Prompt<>("challenge-running", Named.class);

	static final Prompt<Named> JOINED = new Prompt<>("challenge-joined", Named.class);

	static final Prompt<Named> ALREADY_JOINED = new Prompt<>("challenge-already-joined", Named.class);

	static final Prompt<Wording.None> NONE = new Prompt<>("challenge-none", Wording.None.class);

	static final Prompt<Status> STATUS = new Prompt<>("challenge-status", Status.class);

	static final Prompt<Final> FINAL = new Prompt<>("challenge-final", Final.class);

	static final Prompt<Question> QUESTION = new Prompt<>("challenge-question", Question.class);

	static final Prompt<Named> ENDED = new Prompt<>("challenge-ended", Named.class);

	static final List<Prompt<?>> ALL = List.of(ANNOUNCE, STARTED, RUNNING, JOINED, ALREADY_JOINED, NONE, STATUS, FINAL,
			QUESTION, ENDED);

	private ChallengeWording() {
	}

}
