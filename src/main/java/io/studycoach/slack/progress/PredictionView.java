package io.studycoach.slack.progress;

import io.studycoach.content.Blueprint;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.content.StudyArea;
import io.studycoach.progress.LearnerProgress;
import io.studycoach.progress.Tally;
import io.studycoach.readiness.ExamDate;
import io.studycoach.readiness.LearnerAbilities;
import io.studycoach.readiness.ReadinessProperties;
import io.studycoach.readiness.ScoreForecast;
import io.studycoach.slack.Wording;
import io.studycoach.wording.Prompts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The one honest number: the predicted exam score with its interval, per exam-guide section with
 * how much of it the learner has seen (coverage, named as such), and one piece of advice.
 */
@Component
public final class PredictionView {

	private final Prompts prompts;

	private final QuestionBank bank;

	private final ReadinessProperties properties;

	PredictionView(Prompts prompts, QuestionBank bank, ReadinessProperties properties) {
		this.prompts = prompts;
		this.bank = bank;
		this.properties = properties;
	}

	/** @param today the learner's own calendar day, for the countdown to their exam date */
	public String render(LearnerProgress progress, LearnerAbilities.Prediction prediction, LocalDate today) {
		String countdown = progress.examDate().filter(date -> !date.isBefore(today)).map(date -> {
			long unseen = this.bank.questions()
				.stream()
				.filter(q -> !q.section().isEmpty() && !progress.history().lastAnswered().containsKey(q.id()))
				.count();
			ExamDate.Plan plan = ExamDate.plan(date, today, unseen);
			boolean practiceSoon = !today.isBefore(plan.firstPracticeExam());
			return this.prompts.render(Wording.STATS_COUNTDOWN,
					new Wording.Countdown(io.studycoach.wording.Count.of(plan.daysLeft()), date.toString(), io.studycoach.wording.Count.of(plan.perDay()),
							practiceSoon)) + "\n";
		}).orElse("");
		return countdown + prediction(progress, prediction);
	}

	private String prediction(LearnerProgress progress, LearnerAbilities.Prediction prediction) {
		ScoreForecast.Forecast forecast = prediction.forecast();
		List<Blueprint.Section> sections = this.bank.blueprint().sections();
		List<Wording.SectionPrediction> lines = new ArrayList<>();
		for (int s = 0; s < sections.size(); s++) {
			Blueprint.Section section = sections.get(s);
			List<Question> questions = this.bank.questionsInSection(section.id());
			long seen = questions.stream().filter(q -> progress.history().lastAnswered().containsKey(q.id())).count();
			lines.add(new Wording.SectionPrediction(section.name(),
					StatsView.bar(new Tally(100, Math.round(forecast.sectionScore()[s] * 100))),
					percent(forecast.sectionScore()[s]), percent(forecast.sectionLow()[s]),
					percent(forecast.sectionHigh()[s]), seen, questions.size()));
		}
		boolean ready = prediction.firstAnswers() >= this.properties.minFirstAnswers();
		return this.prompts.render(Wording.STATS_PREDICTION, new Wording.Prediction(ready, percent(forecast.score()),
				percent(forecast.low()), percent(forecast.high()), io.studycoach.wording.Count.of(prediction.firstAnswers()),
				forecast.score() >= this.properties.passMark(), percent(this.properties.passMark()), lines,
				io.studycoach.wording.Count.of(Math.max(0, this.properties.minFirstAnswers() - prediction.firstAnswers())),
				untried(progress, sections),
				untried(progress, sections).isEmpty() ? weakest(progress, forecast, sections) : List.of()));
	}

	/** Sections never tried come first in the advice; the first of them is named. */
	private static List<Wording.SectionAdvice> untried(LearnerProgress progress, List<Blueprint.Section> sections) {
		return sections.stream()
			.filter(section -> progress.section(StudyArea.sectionArea(section.id())).answered() == 0)
			.limit(1)
			.map(section -> new Wording.SectionAdvice(section.name(), section.id()))
			.toList();
	}

	/** The weakest section, named only once it has enough answers to say so. */
	private List<Wording.SectionAdvice> weakest(LearnerProgress progress, ScoreForecast.Forecast forecast,
			List<Blueprint.Section> sections) {
		int weakest = -1;
		for (int s = 0; s < sections.size(); s++) {
			long answered = progress.section(StudyArea.sectionArea(sections.get(s).id())).answered();
			if (answered >= this.properties.minSectionAnswers()
					&& (weakest < 0 || forecast.sectionScore()[s] < forecast.sectionScore()[weakest])) {
				weakest = s;
			}
		}
		return weakest < 0 ? List.of()
				: List.of(new Wording.SectionAdvice(sections.get(weakest).name(), sections.get(weakest).id()));
	}

	private static int percent(double share) {
		return (int) Math.round(share * 100);
	}

}
