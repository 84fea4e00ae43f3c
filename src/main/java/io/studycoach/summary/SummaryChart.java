package io.studycoach.summary;

import io.studycoach.progress.Tally;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The weekly summary's chart, as a PNG: accuracy per study domain, the week against the week before,
 * each named in full with its answers counted, and a line at the pass mark. A domain answered but
 * never right shows a "0%" on a thin stub bar; a domain nobody answered has no bar and says "no
 * answers" under its name, so the two never look alike.
 */
public final class SummaryChart {

	/** How high the stub of a 0% bar is drawn, in points of the percent axis: visible, not a score. */
	static final double ZERO_STUB = 1.5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

	private SummaryChart() {
	}

	/**
	 * One domain's bar in one week.
	 *
	 * @param label the category under the bars: the domain's name and this week's answers
	 * @param height what is drawn: the percent right, the stub for 0%, or null for no answers
	 */
	public record Bar(String label, long answers, Double height) {

		public boolean answered() {
			return this.answers > 0;
		}

	}

	/** The chart's data: per domain, this week's bar and last week's, in the summary's order. */
	public static List<List<Bar>> bars(WeeklySummary summary) {
		return summary.domains().stream().map(d -> {
			String label = d.name() + " · " + answers(d.thisWeek().answered());
			return List.of(bar(label, d.thisWeek()), bar(label, d.lastWeek()));
		}).toList();
	}

	/** "Mar 2 – Mar 8": a week by its dates, Monday to Sunday. */
	public static String week(LocalDate monday) {
		return DAY.format(monday) + " – " + DAY.format(monday.plusDays(6));
	}

	static String answers(long answers) {
		return answers == 0 ? "no answers" : answers == 1 ? "1 answer" : answers + " answers";
	}

	private static Bar bar(String label, Tally tally) {
		Double height = tally.answered() == 0 ? null : tally.right() == 0 ? ZERO_STUB : (double) tally.percent();
		return new Bar(label, tally.answered(), height);
	}

	/** @param passMark the exam's pass mark in percent, drawn as a line across the bars */
	public static byte[] png(WeeklySummary summary, int passMark) {
		CategoryChart chart = new CategoryChartBuilder().width(1000)
			.height(600)
			.title("Accuracy by domain, " + week(summary.monday()) + "  (dashed line: pass mark " + passMark + "%)")
			.yAxisTitle("% right")
			.build();
		Styler styler = chart.getStyler();
		chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
		chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
		chart.getStyler().setYAxisMin(0.0);
		chart.getStyler().setYAxisMax(100.0);
		chart.getStyler().setYAxisDecimalPattern("0'%'");
		chart.getStyler().setXAxisLabelRotation(25);
		chart.getStyler().setLabelsVisible(false);
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		// Room on the right for the last slanted name.
		chart.getStyler().setChartPadding(30);
		chart.getStyler().setPlotGridVerticalLinesVisible(false);
		styler.setSeriesColors(new Color[] { new Color(0x1f, 0x4e, 0x79), new Color(0xa6, 0xbd, 0xd7) });
		List<List<Bar>> bars = bars(summary);
		List<String> labels = bars.stream().map(b -> b.get(0).label()).toList();
		chart.addSeries(week(summary.monday()), labels, bars.stream().map(b -> (Number) b.get(0).height()).toList());
		chart.addSeries(week(summary.monday().minusDays(7)), labels,
				bars.stream().map(b -> (Number) b.get(1).height()).toList());
		AnnotationLine pass = new AnnotationLine(passMark, false, false);
		chart.addAnnotation(pass);
		chart.getStyler().setAnnotationLineColor(new Color(0xc0, 0x39, 0x2b));
		chart.getStyler().setAnnotationLineStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
				new float[] { 8f, 6f }, 0f));
		chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		chart.getStyler().setAnnotationTextFontColor(new Color(0x33, 0x33, 0x33));
		// In data space a category's this-week bar sits at about i + 0.25 on a category chart.
		for (int i = 0; i < bars.size(); i++) {
			Bar now = bars.get(i).get(0);
			if (now.answered() && now.height() == ZERO_STUB) {
				chart.addAnnotation(new AnnotationText("0%", i + 0.25, 5, false));
			}
			else if (!now.answered()) {
				chart.addAnnotation(new AnnotationText("none", i + 0.25, 5, false));
			}
		}
		try {
			return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
