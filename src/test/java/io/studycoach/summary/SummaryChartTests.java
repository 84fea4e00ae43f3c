package io.studycoach.summary;

import io.studycoach.progress.Tally;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly chart's data: names with answer counts, 0% apart from no answers, the week's dates. */
class SummaryChartTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	@Test
	void barsNameEachDomainWithItsAnswersAndTellZeroFromNone() {
		List<List<SummaryChart.Bar>> bars = SummaryChart.bars(summary());

		assertThat(bars).extracting(b -> b.get(0).label())
			.containsExactly("ML Problem Framing · 12 answers", "ML Solution Architecture · 6 answers",
					"Data Preparation and Processing · 4 answers", "ML Model Development · no answers",
					"ML Pipeline Automation and Orchestration · 7 answers", "ML Solution Monitoring · 1 answer");
		// 9 of 12 right: 75%.
		assertThat(bars.get(0).get(0).height()).isEqualTo(75.0);
		// Answered, none right: a thin stub, so it never looks like no answers.
		assertThat(bars.get(2).get(0).answered()).isTrue();
		assertThat(bars.get(2).get(0).height()).isEqualTo(SummaryChart.ZERO_STUB);
		// Nobody answered: no bar at all.
		assertThat(bars.get(3).get(0).answered()).isFalse();
		assertThat(bars.get(3).get(0).height()).isNull();
		// Last week's bar beside it: 5 of 10 in Model Development.
		assertThat(bars.get(3).get(1).height()).isEqualTo(50.0);
		assertThat(SummaryChart.week(MONDAY)).isEqualTo("Mar 2 – Mar 8");
	}

	@Test
	void theChartIsAPngWithThePassMarkDrawn() throws Exception {
		byte[] png = SummaryChart.png(summary(), 70);

		Path file = Path.of("target", "summary-chart.png");
		Files.write(file, png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1000);
		// The pass mark's dashed line is the chart's only red: some pixels of it are there.
		long red = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				if (image.getRGB(x, y) == 0xffc0392b) {
					red++;
				}
			}
		}
		assertThat(red).isGreaterThan(200);
	}

	private static WeeklySummary summary() {
		List<WeeklySummary.DomainWeek> domains = List.of(
				new WeeklySummary.DomainWeek("d1", "ML Problem Framing", new Tally(12, 9), new Tally(8, 6)),
				new WeeklySummary.DomainWeek("d2", "ML Solution Architecture", new Tally(6, 3), new Tally(3, 3)),
				new WeeklySummary.DomainWeek("d3", "Data Preparation and Processing", new Tally(4, 0), new Tally(0, 0)),
				new WeeklySummary.DomainWeek("d4", "ML Model Development", new Tally(0, 0), new Tally(10, 5)),
				new WeeklySummary.DomainWeek("d5", "ML Pipeline Automation and Orchestration", new Tally(7, 6),
						new Tally(5, 2)),
				new WeeklySummary.DomainWeek("d6", "ML Solution Monitoring", new Tally(1, 1), new Tally(2, 1)));
		return new WeeklySummary("C0STUDY", MONDAY, new WeeklySummary.Participation(5, 17),
				new WeeklySummary.Participation(4, 20), domains, List.of(), List.of(), List.of(), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

}
