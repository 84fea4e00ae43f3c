package io.studycoach.slack.exam;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.exam.Attempt;
import io.studycoach.exam.ExamResult;
import io.studycoach.progress.Tally;
import io.studycoach.slack.FeedbackView;
import io.studycoach.slack.Message;
import io.studycoach.slack.Wording;
import io.studycoach.slack.progress.StatsView;
import io.studycoach.wording.Prompts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * An exam's result (score overall and by guide section, time, verdict), the review of its missed and
 * flagged questions in pages that each stay well inside Slack's limits (LIMITS.md: 50 blocks, 3,000
 * characters a section, about 13,200 across a message), and the learner's history.
 */
@Component
class ResultView {

	static final String PAGE_PREFIX = "exam_page_";

	/** A page's text budget, well under the ~13,200 characters Slack takes across one message's blocks. */
	static final int PAGE_CHARS = 9_000;

	/** Two blocks a question: 10 questions and the page's own blocks stay far under 50. */
	static final int PAGE_ITEMS = 10;

	private static final int SECTION_LIMIT = 3_000;

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private final Prompts prompts;

	private final QuestionBank bank;

	ResultView(Prompts prompts, QuestionBank bank) {
		this.prompts = prompts;
		this.bank = bank;
	}

	Message result(ExamResult result) {
		List<ExamWording.SectionLine> sections = result.sections()
			.stream()
			.map(s -> new ExamWording.SectionLine(s.name(), StatsView.bar(new Tally(s.asked(), s.right())), s.right(),
					s.asked(), s.percent()))
			.toList();
		List<ExamResult.Item> toReview = result.toReview();
		String text = this.prompts.render(ExamWording.RESULT, new ExamWording.Result(result.right(), result.asked(),
				result.percent(), result.passed(), result.passMark(), ExamView.clock(result.exam().used()),
				ExamView.clock(result.exam().allowed()), "deadline".equals(result.exam().how()), io.studycoach.wording.Count.of(result.unanswered()),
				sections, io.studycoach.wording.Count.of(toReview.size())));
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header(h -> h.text(plainText("Practice exam result: " + result.percent() + "%"))));
		blocks.add(section(s -> s.text(markdownText(cap(text)))));
		if (!toReview.isEmpty()) {
			ExamRef ref = new ExamRef(result.exam().id(), result.exam().userId(), 1);
			blocks.add(actions(a -> a.blockId("exam_result").elements(List.of(button(b -> b.actionId(PAGE_PREFIX + 1)
				.text(plainText("Review missed and flagged (" + toReview.size() + ")"))
				.style("primary")
				.value(ref.value()))))));
		}
		return new Message("Practice exam result: " + result.right() + " of " + result.asked() + " right ("
				+ result.percent() + "%)", blocks);
	}

	/** The review split into pages by the text budget and the item cap; at least one question a page. */
	List<List<ExamResult.Item>> pages(ExamResult result) {
		List<List<ExamResult.Item>> pages = new ArrayList<>();
		List<ExamResult.Item> page = new ArrayList<>();
		int chars = 0;
		for (ExamResult.Item item : result.toReview()) {
			int size = itemText(item).stream().mapToInt(String::length).sum();
			if (!page.isEmpty() && (chars + size > PAGE_CHARS || page.size() >= PAGE_ITEMS)) {
				pages.add(page);
				page = new ArrayList<>();
				chars = 0;
			}
			page.add(item);
			chars += size;
		}
		if (!page.isEmpty()) {
			pages.add(page);
		}
		return pages;
	}

	/** Page {@code number} (from 1) of the review; an out-of-range number shows the nearest page. */
	Message reviewPage(ExamResult result, int number) {
		List<List<ExamResult.Item>> pages = pages(result);
		if (pages.isEmpty()) {
			return new Message("Nothing to review", List.of(section(s -> s.text(markdownText("Nothing to review: every answer was right and none was flagged.")))));
		}
		int page = Math.max(1, Math.min(number, pages.size()));
		String heading = this.prompts.render(ExamWording.REVIEW_PAGE,
				new ExamWording.ReviewPage(page, pages.size(), io.studycoach.wording.Count.of(result.toReview().size())));
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(context(c -> c.elements(List.of(markdownText(heading)))));
		for (ExamResult.Item item : pages.get(page - 1)) {
			List<String> texts = itemText(item);
			blocks.add(section(s -> s.text(markdownText(texts.get(0)))));
			// The explanation carries the item's "Report a problem" as its accessory: no extra block.
			blocks.add(section(s -> s.text(markdownText(texts.get(1)))
				.accessory(FeedbackView.reportButton(item.question().id()))));
		}
		ExamRef ref = new ExamRef(result.exam().id(), result.exam().userId(), page);
		List<BlockElement> nav = new ArrayList<>();
		if (page > 1) {
			nav.add(button(b -> b.actionId(PAGE_PREFIX + (page - 1)).text(plainText("◀ Previous page")).value(ref.at(page - 1).value())));
		}
		if (page < pages.size()) {
			nav.add(button(b -> b.actionId(PAGE_PREFIX + (page + 1)).text(plainText("Next page ▶")).value(ref.at(page + 1).value())));
		}
		if (!nav.isEmpty()) {
			blocks.add(actions(a -> a.blockId("exam_pages").elements(nav)));
		}
		return new Message(heading, blocks);
	}

	/** A question's review: what was asked, the two answers, and why; each part within a section's limit. */
	private List<String> itemText(ExamResult.Item item) {
		Question q = item.question();
		String section = this.bank.blueprint().section(q.section()).map(s -> s.shortName()).orElse("");
		List<Wording.Choice> yours = item.chosen().chars().mapToObj(c -> choice(q, (char) c)).toList();
		List<Wording.Choice> answers = q.answer().stream().sorted().map(c -> choice(q, c)).toList();
		String asked = this.prompts.render(ExamWording.REVIEW_ITEM, new ExamWording.ReviewItem(item.index() + 1, section,
				!item.right(), item.flagged(), q.question(), yours, answers));
		String why = this.prompts.render(Wording.EXPLANATION, new Wording.Explanation(q.explanation()));
		return List.of(cap(asked), cap(why));
	}

	private static Wording.Choice choice(Question q, char letter) {
		int index = letter - 'A';
		return new Wording.Choice(String.valueOf(letter), index < q.choices().size() ? q.choices().get(index) : "");
	}

	Message history(List<Attempt> attempts, ZoneId zone) {
		List<ExamWording.HistoryRow> rows = attempts.stream()
			.map(a -> new ExamWording.HistoryRow(DATE.format(a.finished().atZone(zone)), a.asked(), a.right(), a.percent(),
					a.weakest().map(s -> sectionName(s.id()) + " (" + s.right() + "/" + s.asked() + ")").orElse("–")))
			.toList();
		String text = this.prompts.render(ExamWording.HISTORY, new ExamWording.History(rows, trend(attempts)));
		return new Message(text, List.of(section(s -> s.text(markdownText(cap(text))))));
	}

	/** How the latest score compares with the one before, in percentage points; "" with fewer than two. */
	static String trend(List<Attempt> newestFirst) {
		if (newestFirst.size() < 2) {
			return "";
		}
		int change = newestFirst.get(0).percent() - newestFirst.get(1).percent();
		return change == 0 ? "level with the exam before" : (change > 0 ? "up " : "down ") + Math.abs(change)
				+ " points on the exam before";
	}

	String sectionName(String sectionId) {
		return this.bank.blueprint().section(sectionId).map(s -> s.shortName()).orElse("section " + sectionId);
	}

	private static String cap(String text) {
		return text.length() <= SECTION_LIMIT ? text : text.substring(0, SECTION_LIMIT - 1) + "…";
	}

}
