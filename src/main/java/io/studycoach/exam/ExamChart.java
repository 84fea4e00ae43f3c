package io.studycoach.exam;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Practice-exam charts in the weekly summary's style (XChart bars, 0 to 100% right): one exam by
 * guide section, and the latest exam against the average of the ones before it.
 */
public final class ExamChart {

	private ExamChart() {
	}

	/** A submitted exam's share right per guide section, with the pass mark as a reference bar. */
	public static byte[] result(ExamResult result) {
		Map<String, List<Integer>> series = new LinkedHashMap<>();
		series.put("This exam", result.sections().stream().map(ExamResult.SectionScore::percent).toList());
		series.put("Pass mark", result.sections().stream().map(s -> result.passMark()).toList());
		return png("Practice exam by guide section: " + result.percent() + "% overall",
				result.sections().stream().map(s -> "s" + s.id()).toList(), series);
	}

	/**
	 * The latest attempt per section against the average of the earlier ones (newest first, as
	 * {@link ExamService#history} gives them).
	 */
	public static byte[] history(List<Attempt> newestFirst, List<String> sectionIds) {
		Map<String, List<Integer>> series = new LinkedHashMap<>();
		series.put("Latest exam", sectionIds.stream().map(percentIn(newestFirst.subList(0, 1))).toList());
		if (newestFirst.size() > 1) {
			series.put("Earlier exams", sectionIds.stream().map(percentIn(newestFirst.subList(1, newestFirst.size()))).toList());
		}
		return png("Practice exams by guide section (" + newestFirst.size() + " latest)",
				sectionIds.stream().map(id -> "s" + id).toList(), series);
	}

	/** The share right in a section over some attempts, pooled (0 when it was never asked). */
	private static Function<String, Integer> percentIn(List<Attempt> attempts) {
		return id -> {
			int right = 0;
			int asked = 0;
			for (Attempt attempt : attempts) {
				for (ExamResult.SectionScore section : attempt.sections()) {
					if (section.id().equals(id)) {
						right += section.right();
						asked += section.asked();
					}
				}
			}
			return ExamResult.percent(right, asked);
		};
	}

	private static byte[] png(String title, List<String> categories, Map<String, List<Integer>> series) {
		CategoryChart chart = new CategoryChartBuilder().width(800).height(420).title(title)
			.xAxisTitle("Exam-guide section")
			.yAxisTitle("% right")
			.build();
		chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
		chart.getStyler().setYAxisMin(0.0);
		chart.getStyler().setYAxisMax(100.0);
		chart.getStyler().setSeriesColors(new Color[] { new Color(0x1f, 0x4e, 0x79), new Color(0xa6, 0xbd, 0xd7) });
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		series.forEach((name, values) -> chart.addSeries(name, new ArrayList<>(categories),
				values.stream().map(v -> (Number) v).toList()));
		try {
			return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
