package io.studycoach.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The summary of one submitted exam, kept a year for the learner's history and trend: when, how
 * long, the score overall and by guide section. Stored as one line:
 * {@code id|epoch second|asked|right|seconds used|how|1:5/7,2:6/7,...} (section names come from
 * the bank when shown).
 */
public record Attempt(String id, Instant finished, int asked, int right, Duration used, String how,
		List<ExamResult.SectionScore> sections) {

	public Attempt {
		sections = List.copyOf(sections);
	}

	public int percent() {
		return ExamResult.percent(this.right, this.asked);
	}

	public Optional<ExamResult.SectionScore> weakest() {
		return ExamResult.weakestOf(this.sections);
	}

	String encode() {
		String bySection = this.sections.stream()
			.map(s -> s.id() + ":" + s.right() + "/" + s.asked())
			.collect(Collectors.joining(","));
		return String.join("|", this.id, Long.toString(this.finished.getEpochSecond()), Integer.toString(this.asked),
				Integer.toString(this.right), Long.toString(this.used.toSeconds()), this.how, bySection);
	}

	static Attempt decode(String line) {
		String[] f = line.split("\\|", -1);
		List<ExamResult.SectionScore> sections = new ArrayList<>();
		if (!f[6].isEmpty()) {
			for (String part : f[6].split(",")) {
				String[] idAndScore = part.split(":");
				String[] score = idAndScore[1].split("/");
				sections.add(new ExamResult.SectionScore(idAndScore[0], "", "", Integer.parseInt(score[0]),
						Integer.parseInt(score[1])));
			}
		}
		return new Attempt(f[0], Instant.ofEpochSecond(Long.parseLong(f[1])), Integer.parseInt(f[2]),
				Integer.parseInt(f[3]), Duration.ofSeconds(Long.parseLong(f[4])), f[5], sections);
	}

}
