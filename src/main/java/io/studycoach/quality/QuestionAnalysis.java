package io.studycoach.quality;

import io.lettuce.core.ScriptOutputType;
import io.studycoach.content.Question;
import io.studycoach.content.QuestionBank;
import io.studycoach.redis.Redis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.redis.RedisScript;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The item analysis of the whole bank: everything read in one script (one round trip, whatever the
 * bank's size), then worked out in memory. A question whose statistics make its key suspect is
 * quarantined here, unless an operator has cleared it before (they looked, and the statistics alone
 * do not overrule them).
 */
@Component
public class QuestionAnalysis {

	static final String STATISTICS = "statistics";

	private static final RedisScript READ = RedisScript.load("redis/quality-read.lua");

	private final Redis redis;

	private final QuestionBank bank;

	private final Quarantine quarantine;

	private final QualityProperties properties;

	private final BankVersion version;

	private final Clock clock;

	QuestionAnalysis(Redis redis, QuestionBank bank, Quarantine quarantine, QualityProperties properties,
			BankVersion version, Clock clock) {
		this.redis = redis;
		this.bank = bank;
		this.quarantine = quarantine;
		this.properties = properties;
		this.version = version;
		this.clock = clock;
	}

	public Report analyse() {
		List<Object> read = READ.run(this.redis.sync(), ScriptOutputType.MULTI,
				new String[] { RedisKeys.questionStats(), RedisKeys.questionReports(), RedisKeys.questionReportsClosed(),
						RedisKeys.questionQuarantine(), RedisKeys.questionCleared() });
		Map<String, Map<String, String>> stats = byQuestion(read.get(0));
		Map<String, Map<String, String>> open = byQuestion(read.get(1));
		Map<String, Map<String, String>> closed = byQuestion(read.get(2));
		Map<String, String> quarantined = flat(read.get(3));
		Map<String, String> cleared = flat(read.get(4));
		Instant now = this.clock.instant();
		YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
		List<String> suspects = this.bank.questions().stream()
			.filter(q -> !quarantined.containsKey(q.id()) && !cleared.containsKey(q.id()))
			.filter(q -> ItemAnalysis.strongPreferADistractor(q, stats.getOrDefault(q.id(), Map.of())))
			.map(Question::id)
			.toList();
		Set<String> held = new HashSet<>(this.quarantine.hold(suspects, STATISTICS));
		List<ItemFigures> items = new ArrayList<>();
		for (Question q : this.bank.questions()) {
			String why = quarantined.containsKey(q.id()) ? quarantined.get(q.id()).split("\\|", 3)[2]
					: held.contains(q.id()) ? STATISTICS : "";
			items.add(ItemAnalysis.analyse(q, stats.getOrDefault(q.id(), Map.of()), counts(open.get(q.id())),
					counts(closed.get(q.id())), why, month, this.properties.reportThreshold()));
		}
		return new Report(now, this.version.version(), this.properties.reportThreshold(), items);
	}

	/** The whole analysis, as the endpoint and the Markdown report show it. */
	public record Report(Instant at, String bankVersion, int reportThreshold, List<ItemFigures> questions) {
	}

	/** "Q|field" pairs grouped by question: field to value. */
	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, String>> byQuestion(Object flatHash) {
		Map<String, Map<String, String>> grouped = new HashMap<>();
		List<Object> list = (List<Object>) flatHash;
		for (int i = 0; i + 1 < list.size(); i += 2) {
			String field = (String) list.get(i);
			int bar = field.lastIndexOf('|');
			if (bar > 0) {
				grouped.computeIfAbsent(field.substring(0, bar), q -> new HashMap<>())
					.put(field.substring(bar + 1), (String) list.get(i + 1));
			}
		}
		return grouped;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> flat(Object flatHash) {
		Map<String, String> map = new HashMap<>();
		List<Object> list = (List<Object>) flatHash;
		for (int i = 0; i + 1 < list.size(); i += 2) {
			map.put((String) list.get(i), (String) list.get(i + 1));
		}
		return map;
	}

	private static Map<String, Long> counts(Map<String, String> fields) {
		Map<String, Long> counts = new HashMap<>();
		if (fields != null) {
			fields.forEach((reason, count) -> counts.put(reason, Long.parseLong(count)));
		}
		return counts;
	}

}
