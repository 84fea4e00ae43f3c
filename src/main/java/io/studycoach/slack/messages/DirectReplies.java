package io.studycoach.slack.messages;

import io.studycoach.content.Domain;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.StoreUnavailableException;
import io.studycoach.slack.CommandCall;
import io.studycoach.slack.Message;
import io.studycoach.slack.NoticeView;
import io.studycoach.slack.Subcommand;
import io.studycoach.slack.Wording;
import io.studycoach.slack.home.HomeView;
import io.studycoach.slack.web.SlackUnavailableException;
import io.studycoach.wording.Prompts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * What the coach answers to a member's DM: words that {@code /quiz} understands ({@code stats},
 * {@code help}, {@code d4}, {@code subscribe}, ...) act as that sub-command, and {@code quiz} or
 * {@code quiz me} as a bare {@code /quiz}; anything else gets a short introduction with a Quiz me
 * button (the App Home's, which sends a question by DM). Runs after the event's acknowledgement.
 */
@Component
class DirectReplies {

	private static final Logger logger = LoggerFactory.getLogger(DirectReplies.class);

	/** Words that ask for a question, as a bare /quiz does; "quiz d4" is "d4". */
	private static final Set<String> ASK = Set.of("quiz", "/quiz", "question");

	/** Longer messages are conversation, not commands. */
	private static final int MAX_COMMAND_WORDS = 8;

	private final List<Subcommand> subcommands;

	private final NoticeView notices;

	private final Prompts prompts;

	private final QuestionBank bank;

	DirectReplies(List<Subcommand> subcommands, NoticeView notices, Prompts prompts, QuestionBank bank) {
		this.subcommands = subcommands;
		this.notices = notices;
		this.prompts = prompts;
		this.bank = bank;
	}

	/** The reply to {@code text}, typed by {@code user} in their DM {@code channel} with the coach. */
	Message reply(String team, String user, String channel, String text) {
		Optional<List<String>> words = words(text).filter(w -> w.size() <= MAX_COMMAND_WORDS);
		Optional<Supplier<Message>> work = words.flatMap(w -> this.subcommands.stream()
			.filter(s -> s.handles(w))
			.findFirst()
			.flatMap(s -> s.parse(new CommandCall(team, user, channel, w))));
		if (work.isEmpty()) {
			return intro();
		}
		try {
			return work.get().get();
		}
		catch (StoreUnavailableException | SlackUnavailableException ex) {
			logger.warn("A DM to the coach could not be answered: {}", ex.getMessage());
			return this.notices.notice(Wording.TRY_AGAIN);
		}
	}

	/** What the coach does, the words it understands here, and a button for a question. */
	Message intro() {
		List<Domain> domains = this.bank.domains();
		String text = this.prompts.render(MessagesWording.INTRO, new MessagesWording.Intro(Subcommand.COMMAND,
				domains.get(0).id(), domains.get(domains.size() - 1).id()));
		String label = this.prompts.render(MessagesWording.QUIZ_BUTTON, new Wording.None());
		return new Message(text, List.of(section(s -> s.text(markdownText(text))),
				actions(a -> a.elements(List.of(button(b -> b.actionId(HomeView.QUIZ_ACTION)
					.text(plainText(label))
					.style("primary")
					.value("quiz")))))));
	}

	/**
	 * The message's words as /quiz would get them: "quiz", "quiz me" and "question" become a bare
	 * /quiz, trailing "?", "!" or "." are dropped, and case is kept for the sub-commands to read.
	 * Empty when nothing is left: a message of nothing but punctuation asks for nothing.
	 */
	static Optional<List<String>> words(String text) {
		String trimmed = text == null ? "" : text.strip().replaceAll("[?!.]+$", "").strip();
		if (trimmed.isEmpty()) {
			return Optional.empty();
		}
		List<String> words = new ArrayList<>(Arrays.asList(trimmed.split("\\s+")));
		if (ASK.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			words.remove(0);
			if (words.size() == 1 && words.get(0).equalsIgnoreCase("me")) {
				words.remove(0);
			}
		}
		return Optional.of(List.copyOf(words));
	}

}
