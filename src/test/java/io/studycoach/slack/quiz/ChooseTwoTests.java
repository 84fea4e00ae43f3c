package io.studycoach.slack.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import io.studycoach.content.Question;
import io.studycoach.delivery.ChannelPost;
import io.studycoach.progress.Delivery;
import io.studycoach.slack.Message;
import io.studycoach.slack.QuestionView;
import io.studycoach.support.BlockKitLimits;
import io.studycoach.support.CoachIntegrationTest;
import io.studycoach.wording.Prompts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** "Choose two" questions: checkbox labels that always read "A. text", and a footer that says to tick and submit. */
class ChooseTwoTests extends CoachIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private QuestionView view;

	@Test
	void aChooseTwoQuizQuestionLabelsEveryBoxWithItsLetterAndTextAndListsTheFullTextAbove() throws Exception {
		JsonNode reply = null;
		Question question = null;
		for (int i = 0; i < 300 && (question == null || !question.multiSelect() || !hasLongChoice(question)); i++) {
			reply = JSON.readTree(this.slack.command(this.team, "U0TWO", STUDY_CHANNEL, "", "http://unused/" + i).body());
			question = deliveredQuestion(reply);
		}
		assertThat(question.multiSelect() && hasLongChoice(question)).as("a choose-two question with a long choice").isTrue();

		assertThat(BlockKitLimits.violations(reply)).isEmpty();
		assertLabels(reply, question);
	}

	@Test
	void everyChooseTwoQuestionInTheBankPostsWithLetteredLabelsAndATickTwoFooter() {
		List<Question> chooseTwo = this.bank.questions().stream().filter(Question::multiSelect).toList();
		assertThat(chooseTwo).isNotEmpty();
		for (Question question : chooseTwo) {
			Message message = channelPost(question);
			JsonNode post = json(message);
			assertThat(BlockKitLimits.violations(post)).as(question.id()).isEmpty();
			assertLabels(post, question);
			String footer = footer(post);
			assertThat(footer).as(question.id())
				.startsWith("Tick " + question.answer().size() + " and press Submit")
				.doesNotContain("Click");
		}
		Question single = this.bank.questions().stream().filter(q -> !q.multiSelect()).findFirst().orElseThrow();
		assertThat(footer(json(channelPost(single)))).startsWith("Click your answer");
	}

	/** The message as Slack receives it (snake_case, as the SDK sends it). */
	private static JsonNode json(Message message) {
		try {
			return JSON.readTree(GsonFactory.createSnakeCase()
				.toJson(Map.of("text", message.text(), "blocks", message.blocks())));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Message channelPost(Question question) {
		Delivery delivery = new Delivery("D" + question.id(), this.team, "", question.id(), STUDY_CHANNEL,
				Delivery.Kind.CHANNEL, Instant.now(), "", "UTC", "");
		return this.view.renderChannel(new ChannelPost(question, delivery, Optional.empty()), 2);
	}

	private static void assertLabels(JsonNode message, Question question) {
		JsonNode options = null;
		String body = "";
		for (JsonNode block : message.path("blocks")) {
			if (block.path("block_id").asText().equals("answers")) {
				options = block.path("elements").get(0).path("options");
			}
			if (block.path("block_id").asText().equals("question")) {
				body = block.path("text").path("text").asText();
			}
		}
		assertThat(options).as(question.id()).hasSize(question.choices().size());
		for (int i = 0; i < question.choices().size(); i++) {
			String full = Question.letter(i) + ". " + question.choices().get(i);
			String label = options.get(i).path("text").path("text").asText();
			assertThat(label.length()).as(label).isLessThanOrEqualTo(75);
			if (full.length() <= 75) {
				assertThat(label).isEqualTo(full);
			}
			else {
				assertThat(label).endsWith("…").hasSizeGreaterThan(50);
				assertThat(full).startsWith(label.substring(0, label.length() - 1));
			}
			// The whole choice is in the question's body, letter first.
			assertThat(body).contains("*" + Question.letter(i) + ".* " + Prompts.escape(question.choices().get(i)));
		}
	}

	private static String footer(JsonNode message) {
		JsonNode blocks = message.path("blocks");
		return blocks.get(blocks.size() - 1).path("elements").get(0).path("text").asText();
	}

	private static boolean hasLongChoice(Question question) {
		return question.choices().stream().anyMatch(c -> c.length() + 3 > 75);
	}

}
