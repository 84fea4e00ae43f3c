package io.studycoach.quality;

import io.studycoach.content.Domain;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarantine's life: reports start it, a newer reviewed date in the bank ends it by itself, an
 * operator's clearing closes the open reports, and reports made after a clearing count anew.
 */
class QuarantineTests {

	private static final Instant NOW = Instant.parse("2026-03-04T09:30:00Z");

	private static final List<Domain> DOMAINS = List.of(new Domain("d1", "Domain one", List.of("one"), "the first", 1.0));

	private final String id = "qt-" + UUID.randomUUID().toString().substring(0, 8);

	private final String team = "TQT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private HandWiredRedis wired;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
	}

	@AfterEach
	void close() {
		TestRedis.connection().sync().hdel(RedisKeys.questionQuarantine(), this.id);
		TestRedis.connection().sync().hdel(RedisKeys.questionCleared(), this.id);
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aNewerReviewedDateInTheBankClearsTheQuarantineByItself() {
		QuestionBank before = bank("2026-01");
		Quarantine quarantine = QualityWiring.quarantine(this.wired.redis(), before, this.clock);
		ProblemReports reports = QualityWiring.problemReports(this.wired.redis(), before, quarantine);
		for (String user : List.of("U1", "U2", "U3")) {
			reports.submit(new ProblemReport(this.team, user, this.id, Reason.KEY_WRONG, "", "v1", NOW));
		}
		assertThat(quarantine.isHeld(this.id)).isTrue();
		assertThat(TestRedis.connection().sync().hget(RedisKeys.questionQuarantine(), this.id))
			.isEqualTo(NOW.getEpochSecond() + "|2026-01|reports");

		// The content is fixed and its reviewed date moves on; the coach restarts with the new bank.
		Quarantine afterFix = QualityWiring.quarantine(this.wired.redis(), bank("2026-03"), this.clock);

		assertThat(afterFix.held()).doesNotContain(this.id);
		assertThat(TestRedis.connection().sync().hget(RedisKeys.questionCleared(), this.id)).endsWith("|2026-03|content");
		assertThat(QualityWiring.quarantine(this.wired.redis(), before, this.clock).held())
			.as("an instance still on the old bank sees it cleared too").doesNotContain(this.id);
	}

	@Test
	void anOperatorsClearingClosesOpenReportsAndLaterReportsCountAnew() {
		QuestionBank bank = bank("2026-01");
		Quarantine quarantine = QualityWiring.quarantine(this.wired.redis(), bank, this.clock);
		ProblemReports reports = QualityWiring.problemReports(this.wired.redis(), bank, quarantine);
		for (String user : List.of("U1", "U2", "U3")) {
			reports.submit(new ProblemReport(this.team, user, this.id, Reason.KEY_WRONG, "", "v1", NOW));
		}
		assertThat(reports.open(this.team, 10)).hasSize(3);

		assertThat(quarantine.clear(this.id, "command")).isTrue();

		assertThat(quarantine.isHeld(this.id)).isFalse();
		assertThat(reports.open(this.team, 10)).isEmpty();
		assertThat(TestRedis.connection().sync().hget(RedisKeys.questionReportsClosed(), this.id + "|key_wrong"))
			.isEqualTo("3");
		// U1 reports again after the clearing: a new open report, not a replacement of a closed one.
		ProblemReports.Submitted again = reports
			.submit(new ProblemReport(this.team, "U1", this.id, Reason.KEY_WRONG, "still wrong", "v1", NOW.plusSeconds(60)));
		assertThat(again.replaced()).isTrue();
		assertThat(again.quarantined()).isFalse();
		assertThat(TestRedis.connection().sync().hget(RedisKeys.questionReports(), this.id + "|key_wrong")).isEqualTo("1");
		assertThat(reports.open(this.team, 10)).extracting(ProblemReport::comment).containsExactly("still wrong");
	}

	private QuestionBank bank(String reviewed) {
		Question question = new Question(this.id, "d1", "topic", 2, "Which one?", List.of("one", "two", "three", "four"),
				Set.of('A'), "Because.", List.of(), "", Set.of(), reviewed);
		return new QuestionBank(DOMAINS, List.of(question));
	}

}
