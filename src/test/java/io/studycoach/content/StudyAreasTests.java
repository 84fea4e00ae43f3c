package io.studycoach.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a learner may type after /quiz to practise one part of the bank. */
class StudyAreasTests {

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	@Test
	void aSectionIsFoundByItsNumberOrItsWords() {
		assertThat(this.bank.findArea("s4")).map(StudyArea::id).hasValue("s4");
		assertThat(this.bank.findArea("4")).map(StudyArea::id).hasValue("s4");
		assertThat(this.bank.findArea("serving")).map(StudyArea::id).hasValue("s4");
		assertThat(this.bank.findArea("Serving")).map(StudyArea::name).hasValue("Serving and scaling models");
		assertThat(this.bank.findArea("automl")).map(StudyArea::id).hasValue("s1");
		assertThat(this.bank.findArea("lineage")).map(StudyArea::id).hasValue("s5");
	}

	@Test
	void domainsKeepTheirWordsAndTagsAreFoundToo() {
		assertThat(this.bank.findArea("d4")).map(StudyArea::kind).hasValue(StudyArea.Kind.DOMAIN);
		assertThat(this.bank.findArea("monitoring")).map(StudyArea::id).hasValue("d6");
		assertThat(this.bank.findArea("genai")).map(StudyArea::kind).hasValue(StudyArea.Kind.TAG);
		assertThat(this.bank.findArea("s9")).isEmpty();
		assertThat(this.bank.findArea("7")).isEmpty();
		assertThat(this.bank.findArea("nonsense")).isEmpty();
	}

	@Test
	void anAreaHoldsExactlyItsQuestions() {
		assertThat(this.bank.questionsIn("s4")).isNotEmpty().allMatch(q -> q.guide().startsWith("4."));
		assertThat(this.bank.questionsIn("s4")).hasSize(this.bank.questionsInSection("4").size());
		assertThat(this.bank.questionsIn("genai")).isNotEmpty().allMatch(q -> q.tags().contains("genai"));
		assertThat(this.bank.questionsIn("d4")).isEqualTo(this.bank.questions("d4"));
		assertThat(this.bank.areaName("s6")).isEqualTo("Monitoring AI solutions");
		assertThat(this.bank.areaName("d2")).isEqualTo("ML Solution Architecture");
	}

}
