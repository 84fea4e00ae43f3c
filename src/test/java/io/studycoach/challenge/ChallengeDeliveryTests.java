package io.studycoach.challenge;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.ChannelSettings;
import io.studycoach.delivery.DeliveryWiring;
import io.studycoach.delivery.DueTarget;
import io.studycoach.delivery.SendSchedule;
import io.studycoach.delivery.StudyDays;
import io.studycoach.progress.ProgressWiring;
import io.studycoach.progress.UserProfile;
import io.studycoach.quiz.QuizWiring;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.Redis;
import io.studycoach.support.MutableClock;
import io.studycoach.support.RecordingOutbox;
import io.studycoach.support.RecordingOutbox.Kind;
import io.studycoach.support.TestRedis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link ChallengeService} wired by hand on the real Redis, with {@link RecordingOutbox} in Slack's
 * place: one announcement however often a lead starts it, a participant's questions once a day, and
 * the final standings once.
 */
class ChallengeDeliveryTests {

	private static final String CHANNEL = "C0CHALLENGE";

	private static final ChannelSettings SETTINGS = new ChannelSettings(CHANNEL,
			new SendSchedule(LocalTime.of(9, 0), StudyDays.DAILY), ZoneOffset.UTC, false, "", "U0LEAD", "");

	private final String team = "TCD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	/** Monday 2026-03-02 at 17:00 UTC. */
	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T17:00:00Z"));

	private final RecordingOutbox slack = new RecordingOutbox();

	private HandWiredRedis wired;

	private ChallengeService challenges;

	@BeforeEach
	void wire() {
		this.wired = HandWiredRedis.open();
		Redis redis = this.wired.redis();
		QuestionBank bank = QuizWiring.twoQuestionBank();
		this.challenges = new ChallengeService(new ChallengeStore(redis), ProgressWiring.boards(redis),
				QuizWiring.quizService(bank, redis, new SimpleMeterRegistry(), this.clock), DeliveryWiring.dueIndex(redis),
				DeliveryWiring.sendLedger(redis, this.slack, Duration.ofMinutes(2)),
				(team, user) -> new UserProfile(ZoneOffset.UTC, false, false), this.slack, this.clock);
	}

	@AfterEach
	void closeAndClean() {
		this.wired.close();
		TestRedis.forgetTeam(this.team);
	}

	@Test
	void aChallengeIsAnnouncedOnceItsQuestionsGoOutOnceADayAndItsStandingsOnce() {
		ChallengeService.Started started = this.challenges.start(this.team, SETTINGS, "U0LEAD", 3, List.of("d1", "d2"), 2,
				"Sprint");
		Challenge challenge = started.challenge();
		assertThat(started.started()).isTrue();
		assertThat(this.challenges.start(this.team, SETTINGS, "U0LEAD", 3, List.of("d1"), 1, "Again").started()).isFalse();
		assertThat(this.slack.takenFor(CHANNEL)).extracting(RecordingOutbox.Message::kind, RecordingOutbox.Message::marker)
			.containsExactly(tuple(Kind.ANNOUNCEMENT, "cha:" + challenge.id() + "@2026-03-02"));

		// Joining sends the day's two questions at once; the tick offering them again the same day sends none.
		assertThat(this.challenges.join(this.team, challenge, "U0ANA")).isTrue();
		assertThat(this.challenges.join(this.team, challenge, "U0ANA")).isFalse();
		DueTarget questions = new DueTarget(DueTarget.Kind.CHALLENGE_QUESTIONS, challenge.id() + ":U0ANA");
		this.challenges.deliverDue(this.team, questions);
		// Each of the day's questions is a send of its own, with its own marker.
		String monday1 = "chs:" + challenge.id() + "#1:U0ANA@2026-03-02";
		String monday2 = "chs:" + challenge.id() + "#2:U0ANA@2026-03-02";
		assertThat(this.slack.takenFor("U0ANA")).extracting(RecordingOutbox.Message::marker)
			.containsExactly(monday1, monday2);
		assertThat(this.slack.takenFor("U0ANA")).allSatisfy(m -> assertThat(m.kind()).isEqualTo(Kind.CHALLENGE_QUESTION));

		this.clock.set(Instant.parse("2026-03-03T09:00:00Z"));
		this.challenges.deliverDue(this.team, questions);
		this.challenges.deliverDue(this.team, questions);
		String tuesday1 = "chs:" + challenge.id() + "#1:U0ANA@2026-03-03";
		String tuesday2 = "chs:" + challenge.id() + "#2:U0ANA@2026-03-03";
		assertThat(this.slack.takenFor("U0ANA")).extracting(RecordingOutbox.Message::marker)
			.containsExactly(monday1, monday2, tuesday1, tuesday2);

		this.challenges.end(this.team, challenge);
		this.challenges.end(this.team, challenge);
		assertThat(this.slack.takenFor(CHANNEL)).extracting(RecordingOutbox.Message::kind)
			.containsExactly(Kind.ANNOUNCEMENT, Kind.FINAL_STANDINGS);
		this.clock.set(Instant.parse("2026-03-04T09:00:00Z"));
		this.challenges.deliverDue(this.team, questions);
		assertThat(this.slack.takenFor("U0ANA")).as("none once it ended").hasSize(4);
	}

}
