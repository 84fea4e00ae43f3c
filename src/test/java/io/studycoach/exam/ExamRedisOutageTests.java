package io.studycoach.exam;

import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.support.Interactions;
import io.studycoach.support.SlackRequests;
import io.studycoach.support.SlackStub;
import io.studycoach.support.StoppableRedisCoach;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Redis stops in the middle of an exam: clicks get "try again", nothing recorded is lost, and the exam goes on after. */
class ExamRedisOutageTests {

	private static final String TEAM = "T0EXOUT";

	private static final String USER = "U0OUTAGE";

	@TempDir
	Path dataDir;

	private int clicks;

	@Test
	void clicksDuringAnOutageAreRefusedAndTheAnswersBeforeItStay() throws Exception {
		try (StoppableRedisCoach coach = StoppableRedisCoach.start(this.dataDir)) {
			outage(coach);
		}
	}

	private void outage(StoppableRedisCoach coach) {
		SlackRequests slack = coach.slack;
		QuestionBank bank = coach.bean(QuestionBank.class);
		slack.command(TEAM, USER, "D0DM", "exam 10", SlackStub.responseUrl("start"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("start").isEmpty());
		String examId = coach.look(look -> look.sync().get(key("exam")));
		List<String> ids = List.of(coach.look(look -> look.sync().hget(key("exam:" + examId), "q")).split(","));
		String first = letters(bank.question(ids.get(0)).orElseThrow());
		String second = letters(bank.question(ids.get(1)).orElseThrow());
		assertThat(answer(slack, examId, 0, first)).contains("Question 1 of 10");

		coach.stopRedis();
		assertThat(answer(slack, examId, 1, second)).contains("try again");
		slack.command(TEAM, USER, "D0DM", "exam", SlackStub.responseUrl("during"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses("during").isEmpty());
		assertThat(SlackStub.responses("during").get(0).toString()).contains("try again");

		coach.startRedis(() -> !answer(slack, examId, 1, second).contains("try again"));

		Map<String, String> exam = coach.look(look -> look.sync().hgetall(key("exam:" + examId)));
		assertThat(exam).containsEntry("a:0", first).containsEntry("a:1", second).containsEntry("status", "RUNNING");
	}

	/** Answers question {@code index} (buttons, or ticks for a choose-two question) and returns the reply. */
	private String answer(SlackRequests slack, String examId, int index, String letters) {
		String name = "click" + (++this.clicks);
		String ref = examId + "|" + USER + "|" + index;
		Map<String, Object> payload = Interactions.button(TEAM, USER, "exam_go_" + index, ref, name);
		@SuppressWarnings("unchecked")
		Map<String, Object> action = new LinkedHashMap<>(((List<Map<String, Object>>) payload.get("actions")).get(0));
		action.put("action_ts", "1772470000." + String.format("%06d", this.clicks));
		if (letters.length() == 1) {
			action.put("action_id", "exam_choice_" + letters);
		}
		else {
			// A choose-two question's ticks, carried in the state of a click on Next.
			payload.put("state", Map.of("values", Map.of("exam_answers#" + ref, Map.of("exam_pick", Map.of("type",
					"checkboxes", "selected_options", letters.chars()
						.mapToObj(c -> Map.of("value", String.valueOf((char) c), "text",
								Map.of("type", "plain_text", "text", String.valueOf((char) c))))
						.toList())))));
		}
		payload.put("actions", List.of(action));
		slack.interaction(payload);
		await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStub.responses(name).isEmpty());
		return SlackStub.responses(name).get(0).toString();
	}

	private static String letters(Question q) {
		StringBuilder letters = new StringBuilder();
		q.answer().stream().sorted().forEach(letters::append);
		return letters.toString();
	}

	private static String key(String suffix) {
		return "sc:{" + TEAM + "}:u:" + USER + ":" + suffix;
	}

}
