package io.studycoach.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionBankTests {

	private final QuestionBank bank = new ContentLoader().load("file:content/");

	@Test
	void domainsAreFoundByIdNameWordOrKeyword() {
		assertThat(this.bank.findDomain("d4")).map(Domain::id).hasValue("d4");
		assertThat(this.bank.findDomain("monitoring")).map(Domain::id).hasValue("d6");
		assertThat(this.bank.findDomain("Model")).map(Domain::id).hasValue("d4");
		assertThat(this.bank.findDomain("pipelines")).map(Domain::id).hasValue("d5");
		assertThat(this.bank.findDomain("architecture")).map(Domain::id).hasValue("d2");
		assertThat(this.bank.findDomain("framing")).map(Domain::id).hasValue("d1");
		assertThat(this.bank.findDomain("data")).map(Domain::id).hasValue("d3");
	}

	@Test
	void wordsShortOrSharedByManyDomainsFindNothing() {
		assertThat(this.bank.findDomain("ml")).isEmpty();
		assertThat(this.bank.findDomain("and")).isEmpty();
		assertThat(this.bank.findDomain("d7")).isEmpty();
		assertThat(this.bank.findDomain("")).isEmpty();
	}

}
