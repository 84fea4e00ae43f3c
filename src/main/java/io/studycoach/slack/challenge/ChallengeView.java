package io.studycoach.slack.challenge;

import com.slack.api.model.block.LayoutBlock;
import io.studycoach.challenge.Challenge;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.progress.Boards;
import io.studycoach.progress.Standing;
import io.studycoach.quiz.QuizService;
import io.studycoach.slack.MemberNames;
import io.studycoach.slack.Message;
import io.studycoach.slack.QuestionView;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/** Challenge announcements, questions, standings and final results as Block Kit. */
@Component
public final class ChallengeView {

	public static final String JOIN_ACTION = "challenge_join";

	public static final int STANDING_ROWS = 10;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private final Prompts prompts;

	private final QuestionBank bank;

	private final QuestionView questions;

	private final Boards boards;

	private final MemberNames names;

	public ChallengeView(Prompts prompts, QuestionBank bank, QuestionView questions, Boards boards, MemberNames names) {
		this.boards = boards;
		this.names = names;
		this.prompts = prompts;
		this.bank = bank;
		this.questions = questions;
	}

	public Message announcement(Challenge challenge) {
		String domains = challenge.domains().stream().map(d -> this.bank.domain(d).name()).collect(Collectors.joining(", "));
		String text = this.prompts.render(ChallengeWording.ANNOUNCE, new ChallengeWording.Announce(challenge.name(),
				java.time.temporal.ChronoUnit.DAYS.between(challenge.start(), challenge.end()), io.studycoach.wording.Count.of(challenge.perDay()),
				domains, end(challenge)));
		return new Message(text, List.of(section(s -> s.text(markdownText(text))),
				actions(a -> a.elements(List.of(button(b -> b.actionId(JOIN_ACTION)
					.text(plainText("Join"))
					.style("primary")
					.value(challenge.id())))))));
	}

	public Message question(Challenge challenge, QuizService.Asked asked, int number) {
		String heading = this.prompts.render(ChallengeWording.QUESTION,
				new ChallengeWording.Question(challenge.name(), number, challenge.perDay()));
		Message question = this.questions.render(asked.question(), asked.delivery().id());
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(markdownText(heading))));
		blocks.addAll(question.blocks().subList(0, question.blocks().size() - 1));
		return new Message(heading + ": " + question.text(), blocks);
	}

	/**
	 * The standings for {@code caller}: the public board (points only), and their own place.
	 *
	 * @param participants everyone who joined, answered or not
	 */
	public Message status(String teamId, Challenge challenge, List<Standing> standings, long participants, String caller,
			long daysLeft) {
		List<ChallengeWording.You> you = standings.stream()
			.filter(s -> s.userId().equals(caller) && s.rank() > STANDING_ROWS)
			.map(s -> new ChallengeWording.You(s.rank(), standings.size(), s.points()))
			.toList();
		return text(this.prompts.render(ChallengeWording.STATUS, new ChallengeWording.Status(challenge.name(),
				io.studycoach.wording.Count.of(daysLeft),
				Math.toIntExact(participants), rows(teamId, this.boards.shown(teamId, standings)), you)));
	}

	/** Posted in the channel: only members with points who stay on public boards, named without a ping. */
	public Message finalStandings(String teamId, Challenge challenge, List<Standing> standings) {
		List<Standing> shown = this.boards.shown(teamId, standings);
		boolean scored = !shown.isEmpty();
		return text(this.prompts.render(ChallengeWording.FINAL, new ChallengeWording.Final(challenge.name(),
				scored ? this.names.of(teamId, shown.get(0).userId()) : "",
				io.studycoach.wording.Count.of(scored ? shown.get(0).points() : 0), rows(teamId, shown))));
	}

	public Message named(io.studycoach.wording.Prompt<ChallengeWording.Named> prompt, Challenge challenge) {
		return text(this.prompts.render(prompt, new ChallengeWording.Named(challenge.name(), end(challenge),
				io.studycoach.wording.Count.of(challenge.perDay()))));
	}

	private List<ChallengeWording.Row> rows(String teamId, List<Standing> standings) {
		return standings.stream()
			.limit(STANDING_ROWS)
			.map(s -> new ChallengeWording.Row(s.rank(), this.names.of(teamId, s.userId()), s.points(),
					s.percent(), switch (s.rank()) {
						case 1 -> ":first_place_medal:";
						case 2 -> ":second_place_medal:";
						case 3 -> ":third_place_medal:";
						default -> "";
					}))
			.toList();
	}

	/** The challenge's last question day, which is the day people mean by when it ends. */
	private static String end(Challenge challenge) {
		return DAY.format(challenge.lastDay());
	}

	private static Message text(String mrkdwn) {
		return new Message(mrkdwn, List.of(section(s -> s.text(markdownText(mrkdwn)))));
	}

}
