package io.studycoach.slack;

import io.studycoach.slack.bolt.PromptCatalogue;
import io.studycoach.slack.challenge.ChallengeWording;
import io.studycoach.slack.summary.SummaryWording;
import io.studycoach.wording.Count;
import io.studycoach.wording.Prompt;
import io.studycoach.wording.Prompts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template rendered with every number at 0, 1 and 2 (and every flag on, then off) reads as
 * English: no "(s)", no "1 days", no "2 day", no 0-day streak. Numbers a template says with a noun
 * are {@link Count}s, so the template picks the noun's form.
 */
class PluralTests {

	private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.])1\\*? (days|study days|questions|answers|members|points|exams|streak freezes)\\b");

	private static final Pattern MANY_SINGULAR = Pattern
		.compile("(?<![\\d.])[02]\\*? (day|study day|question|answer|member|point|exam|streak freeze)(?![s\\w-])");

	/**
	 * Numbers that are never below a floor, so their template needs no singular: a milestone is 3 or
	 * more days, choose-two picks 2, an exam has 10 to 60 questions, exam dates are shown from 3
	 * members, a challenge has at least 1 day and 1 question a day, a vacation runs up to 14 days, the
	 * placement round has one question per exam-guide section (six in the guide in force).
	 */
	private static final Map<String, Integer> FLOORS = Map.ofEntries(Map.entry("Milestone.days", 3),
			Map.entry("PickCount.pickCount", 2), Map.entry("Started.questions", 10), Map.entry("Length.min", 10),
			Map.entry("Length.max", 60), Map.entry("Length.defaultLength", 50), Map.entry("HistoryRow.asked", 10),
			Map.entry("ExamDates.members", 3), Map.entry("Announce.days", 1), Map.entry("Announce.perDay", 1),
			Map.entry("Refused.maxDays", 14), Map.entry("Intro.questions", 2), Map.entry("Done.of", 2));

	private final Prompts prompts = Prompts.load("file:prompts/", PromptCatalogue.ALL);

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void everyTemplateReadsNaturallyWithZeroOneAndTwo(int n) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Prompt<?> prompt : PromptCatalogue.ALL) {
			for (boolean flag : new boolean[] { true, false }) {
				String text = render(prompt, n, flag);
				if (text.contains("(s)") || ONE_PLURAL.matcher(text).find() || MANY_SINGULAR.matcher(text).find()
						|| text.contains(" 0-day") || text.contains(" 0-study-day")) {
					wrong.add(prompt.fileName() + " with " + n + (flag ? "" : ", flags off") + ": " + text);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void countsReadAsPeopleSayThem() {
		assertThat(render(SummaryWording.PARTICIPATION, new SummaryWording.Participation(Count.of(1), Count.of(1),
				Count.of(0), Count.of(0)))).contains("1 member gave 1 answer; the week before, none.");
		assertThat(render(SummaryWording.PARTICIPATION, new SummaryWording.Participation(Count.of(2), Count.of(5),
				Count.of(1), Count.of(1)))).contains("2 members gave 5 answers; the week before, 1 gave 1.");
		assertThat(render(SummaryWording.TOP, new SummaryWording.Top(Count.of(1), List.of()))).contains("*Top of the week*");
		assertThat(render(SummaryWording.TOP, new SummaryWording.Top(Count.of(3), List.of()))).contains("*Top 3 this week*");
		assertThat(render(Wording.STATS, new Wording.Stats(Count.of(0), Count.of(0), Count.of(0), "", Count.of(0), 0, 0, 0)))
			.doesNotContain(":fire:")
			.doesNotContain("streak freeze")
			.contains("No streak running")
			.contains("No answers yet");
		assertThat(render(Wording.STATS, new Wording.Stats(Count.of(1), Count.of(1), Count.of(1), "", Count.of(1), 1, 100, 0)))
			.contains("*1* study day  ·")
			.contains("*1* streak freeze held");
		assertThat(render(SummaryWording.PERSONAL_WEEK, new SummaryWording.PersonalWeek("2026-03-02", Count.of(3), 67,
				Count.of(0)))).contains("*3* questions").doesNotContain(":fire:");
		assertThat(render(ChallengeWording.FINAL, new ChallengeWording.Final("Sprint", "", Count.of(0), List.of())))
			.contains("Nobody scored")
			.doesNotContain("Final standings");
		assertThat(render(ChallengeWording.JOINED, new ChallengeWording.Named("Sprint", "Tuesday 10 March", Count.of(1))))
			.contains("Today's question is in your DMs; another comes each day");
	}

	private <T extends Record> String render(Prompt<T> prompt, T context) {
		return this.prompts.render(prompt, context);
	}

	@SuppressWarnings("unchecked")
	private <T extends Record> String render(Prompt<T> prompt, int n, boolean flag) throws Exception {
		return this.prompts.render(prompt, (T) sample(prompt.context(), n, flag));
	}

	private static Object sample(Class<?> type, int n, boolean flag) throws Exception {
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
			values[i] = value(components[i], n, flag);
		}
		var constructor = type.getDeclaredConstructor(types);
		constructor.setAccessible(true);
		return constructor.newInstance(values);
	}

	private static Object value(RecordComponent component, int given, boolean flag) throws Exception {
		Class<?> type = component.getType();
		int n = Math.max(given,
				FLOORS.getOrDefault(component.getDeclaringRecord().getSimpleName() + "." + component.getName(), 0));
		if (type == String.class) {
			return flag ? "word" : "";
		}
		if (type == int.class) {
			return n;
		}
		if (type == long.class) {
			return (long) n;
		}
		if (type == boolean.class) {
			return flag;
		}
		if (type == Count.class) {
			return Count.of(n);
		}
		if (type == List.class && component.getGenericType() instanceof ParameterizedType p
				&& p.getActualTypeArguments()[0] instanceof Class<?> element) {
			List<Object> items = new ArrayList<>();
			for (int i = 0; i < Math.min(given, 2); i++) {
				items.add(sample(element, given, flag));
			}
			return items;
		}
		throw new IllegalArgumentException("No sample for " + type);
	}

}
