package io.studycoach.summary;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The weekly summary's chart: accuracy per domain this week against last week, as a PNG. */
public final class SummaryChart {

	private SummaryChart() {
	}

	public static byte[] png(WeeklySummary summary) {
		CategoryChart chart = new CategoryChartBuilder().width(800)
			.height(420)
			.title("Accuracy by domain, week of " + summary.monday())
			.xAxisTitle("Domain")
			.yAxisTitle("% right")
			.build();
		chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
		chart.getStyler().setYAxisMin(0.0);
		chart.getStyler().setYAxisMax(100.0);
		chart.getStyler().setSeriesColors(new Color[] { new Color(0x1f, 0x4e, 0x79), new Color(0xa6, 0xbd, 0xd7) });
		chart.getStyler().setChartBackgroundColor(Color.WHITE);
		List<String> domains = summary.domains().stream().map(WeeklySummary.DomainWeek::domainId).toList();
		chart.addSeries("This week", domains,
				summary.domains().stream().map(d -> (Number) d.thisWeek().percent()).toList());
		chart.addSeries("Last week", domains,
				summary.domains().stream().map(d -> (Number) d.lastWeek().percent()).toList());
		try {
			return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
