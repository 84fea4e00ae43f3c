package io.studycoach.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.delivery.ChannelPost;
import io.studycoach.delivery.Recap;
import io.studycoach.quiz.QuizService;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;

/**
 * A question as Block Kit, for /quiz, a study channel or a DM: the stem, then one button per choice,
 * or checkboxes and Submit for a "choose two" question. Buttons carry only the delivery id; the server
 * knows the rest.
 */
@Component
public final class QuestionView {

	public static final String ANSWER_PREFIX = "answer_";

	public static final String PICK_ACTION = "answer_pick";

	public static final String SUBMIT_ACTION = "answer_submit";

	public static final String ANSWERS_BLOCK = "answers";

	/** Choices longer than this are listed in the text with letters, and the buttons show letters. */
	public static final int BUTTON_TEXT_LIMIT = 40;

	/** Slack's limit for a checkbox option's text (see LIMITS.md). */
	static final int OPTION_TEXT_LIMIT = 75;

	private final Prompts prompts;

	private final QuestionBank bank;

	public QuestionView(Prompts prompts, QuestionBank bank) {
		this.prompts = prompts;
		this.bank = bank;
	}

	/** A /quiz question, shown only to the one who asked. */
	public Message render(Question question, String deliveryId) {
		List<LayoutBlock> blocks = new ArrayList<>(questionBlocks(question, deliveryId));
		blocks.add(footer(this.prompts.render(Wording.QUESTION_FOOTER, new Wording.None())));
		return new Message(Prompts.escape(question.question()), blocks);
	}

	/** A study channel's question of the day, opening with the day before's recap. */
	public Message renderChannel(ChannelPost post, long answered) {
		List<LayoutBlock> blocks = new ArrayList<>();
		post.recap().ifPresent(recap -> blocks.add(section(s -> s.text(markdownText(recap(recap, postDay(post)))))));
		String heading = this.prompts.render(DeliveryWording.CHANNEL_HEADING, new Wording.None());
		blocks.add(section(s -> s.text(markdownText(heading))));
		blocks.addAll(questionBlocks(post.question(), post.delivery().id()));
		Question question = post.question();
		blocks.add(footer(this.prompts.render(DeliveryWording.CHANNEL_FOOTER,
				new DeliveryWording.ChannelFooter(answered, question.multiSelect(), question.answer().size()))));
		return new Message(heading + ": " + Prompts.escape(post.question().question()), blocks);
	}

	/** A subscriber's daily question by DM. */
	public Message renderDirect(QuizService.Asked asked) {
		String heading = this.prompts.render(DeliveryWording.DIRECT_HEADING,
				new DeliveryWording.DirectHeading(asked.review(), asked.daysToExam() >= 0,
						io.studycoach.wording.Count.of(asked.daysToExam())));
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(markdownText(heading))));
		blocks.addAll(questionBlocks(asked.question(), asked.delivery().id()));
		blocks.add(footer(this.prompts.render(DeliveryWording.DIRECT_FOOTER, new Wording.None())));
		return new Message(heading + ": " + Prompts.escape(asked.question().question()), blocks);
	}

	/** The channel's day of a post, which names the question its recap is about. */
	private static java.time.LocalDate postDay(io.studycoach.delivery.ChannelPost post) {
		String zone = post.delivery().channelZone();
		return post.delivery().at().atZone(zone.isEmpty() ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(zone)).toLocalDate();
	}

	private String recap(Recap recap, java.time.LocalDate postDay) {
		Question question = recap.question();
		String answerText = question.answer()
			.stream()
			.sorted()
			.map(letter -> question.choices().get(letter - 'A'))
			.collect(Collectors.joining("; "));
		return this.prompts.render(DeliveryWording.CHANNEL_RECAP, new DeliveryWording.Recap(recap.nameOn(postDay),
				Count.of(recap.answered()), recap.percentRight(), question.answerLetters(), answerText));
	}

	private List<LayoutBlock> questionBlocks(Question question, String deliveryId) {
		boolean choicesFitButtons = question.choices().stream().allMatch(c -> c.length() <= BUTTON_TEXT_LIMIT);
		List<Wording.Choice> choices = IntStream.range(0, question.choices().size())
			.mapToObj(i -> new Wording.Choice(String.valueOf(Question.letter(i)), question.choices().get(i)))
			.toList();
		String section = this.bank.blueprint().sectionOf(question.guide()).map(s -> s.shortName()).orElse("");
		String intro = this.prompts.render(Wording.QUESTION_INTRO, new Wording.QuestionIntro(
				this.bank.domain(question.domain()).name(), section.isEmpty() ? "" : question.guide(), section,
				question.topic(), difficulty(question.difficulty())));
		String text = this.prompts.render(Wording.QUESTION, new Wording.QuestionText(question.question(),
				question.multiSelect(), question.answer().size(), !choicesFitButtons || question.multiSelect(), choices));
		return List.of(context(c -> c.elements(List.of(markdownText(intro)))),
				section(s -> s.blockId("question").text(markdownText(text))),
				actions(a -> a.blockId(ANSWERS_BLOCK)
					.elements(question.multiSelect() ? checkboxesAndSubmit(choices, deliveryId)
							: buttons(choices, deliveryId, choicesFitButtons))));
	}

	private static LayoutBlock footer(String text) {
		return context(c -> c.elements(List.of(markdownText(text))));
	}

	private static List<BlockElement> buttons(List<Wording.Choice> choices, String deliveryId, boolean withText) {
		List<BlockElement> buttons = new ArrayList<>();
		for (Wording.Choice choice : choices) {
			String label = withText ? choice.letter() + ". " + choice.text() : choice.letter();
			buttons.add(button(b -> b.actionId(ANSWER_PREFIX + choice.letter()).text(plainText(label)).value(deliveryId)));
		}
		return buttons;
	}

	private static List<BlockElement> checkboxesAndSubmit(List<Wording.Choice> choices, String deliveryId) {
		List<OptionObject> options = choices.stream()
			.map(choice -> OptionObject.builder().text(plainText(optionLabel(choice))).value(choice.letter()).build())
			.toList();
		return List.of(checkboxes(c -> c.actionId(PICK_ACTION).options(options)),
				button(b -> b.actionId(SUBMIT_ACTION).text(plainText("Submit")).style("primary").value(deliveryId)));
	}

	/**
	 * Always "A. text", cut with an ellipsis to fit Slack's option limit: the question body lists every
	 * choice in full, so a shortened label still reads as the same choice.
	 */
	static String optionLabel(Wording.Choice choice) {
		String label = choice.letter() + ". " + choice.text();
		if (label.length() <= OPTION_TEXT_LIMIT) {
			return label;
		}
		String cut = label.substring(0, OPTION_TEXT_LIMIT - 1);
		int space = cut.lastIndexOf(' ');
		// Cut at a word boundary when one is near, so no word is left half-shown.
		return (space > OPTION_TEXT_LIMIT - 20 ? cut.substring(0, space) : cut).stripTrailing() + "…";
	}

	private static String difficulty(int level) {
		return switch (level) {
			case 1 -> "warm-up";
			case 2 -> "exam level";
			default -> "hard";
		};
	}

}
