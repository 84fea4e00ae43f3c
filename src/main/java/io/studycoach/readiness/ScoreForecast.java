package io.studycoach.readiness;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A learner's expected share right on a full practice exam (questions drawn by the exam guide's
 * section weights), with an 80% interval: the score is worked out for many abilities drawn from the
 * learner's belief, and the interval is the middle 80% of those scores. Drawing with a fixed seed
 * keeps the same belief's forecast the same.
 */
public final class ScoreForecast {

	static final int DRAWS = 400;

	private final List<Item> items;

	private final double[] sectionWeights;

	/**
	 * @param items every question that can appear on an exam, with its section, domain and difficulty
	 * @param sectionWeights the exam guide's weight per section index
	 */
	public ScoreForecast(List<Item> items, double[] sectionWeights) {
		this.items = List.copyOf(items);
		this.sectionWeights = sectionWeights.clone();
	}

	/** A question as the forecast sees it. */
	public record Item(int section, int domain, double difficulty) {
	}

	/** A predicted score (0 to 1) with its 80% interval, overall and per section. */
	public record Forecast(double score, double low, double high, double[] sectionScore, double[] sectionLow,
			double[] sectionHigh) {
	}

	public Forecast forecast(AbilityModel belief) {
		int sections = this.sectionWeights.length;
		double[][] draws = sample(belief, DRAWS);
		double[] totals = new double[DRAWS];
		double[][] perSection = new double[sections][DRAWS];
		for (int k = 0; k < DRAWS; k++) {
			double[] theta = draws[k];
			double[] sum = new double[sections];
			int[] count = new int[sections];
			for (Item item : this.items) {
				double ability = theta[0] + theta[1 + item.section()] + theta[1 + sections + item.domain()];
				sum[item.section()] += 1 / (1 + Math.exp(item.difficulty() - ability));
				count[item.section()]++;
			}
			double total = 0;
			double weights = 0;
			for (int s = 0; s < sections; s++) {
				if (count[s] > 0) {
					perSection[s][k] = sum[s] / count[s];
					total += this.sectionWeights[s] * perSection[s][k];
					weights += this.sectionWeights[s];
				}
			}
			totals[k] = weights == 0 ? 0 : total / weights;
		}
		double[] sectionScore = new double[sections];
		double[] sectionLow = new double[sections];
		double[] sectionHigh = new double[sections];
		for (int s = 0; s < sections; s++) {
			double[] band = band(perSection[s]);
			sectionScore[s] = band[0];
			sectionLow[s] = band[1];
			sectionHigh[s] = band[2];
		}
		double[] band = band(totals);
		return new Forecast(band[0], band[1], band[2], sectionScore, sectionLow, sectionHigh);
	}

	/** Median (the point that minimises the expected absolute error), 10th and 90th percentile. */
	private static double[] band(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double median = sorted[(sorted.length - 1) / 2];
		return new double[] { median, sorted[(int) Math.floor(0.1 * (sorted.length - 1))],
				sorted[(int) Math.ceil(0.9 * (sorted.length - 1))] };
	}

	/** Abilities drawn from the belief through its covariance's Cholesky factor. */
	static double[][] sample(AbilityModel belief, int count) {
		int n = belief.size();
		double[] lower = new double[n * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = belief.covariance(i, j);
				for (int k = 0; k < j; k++) {
					sum -= lower[i * n + k] * lower[j * n + k];
				}
				lower[i * n + j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / lower[j * n + j];
			}
		}
		SplittableRandom random = new SplittableRandom(20261201L);
		double[][] draws = new double[count][n];
		double[] z = new double[n];
		for (int k = 0; k < count; k++) {
			for (int i = 0; i < n; i++) {
				z[i] = normal(random);
			}
			for (int i = 0; i < n; i++) {
				double value = belief.mean(i);
				for (int j = 0; j <= i; j++) {
					value += lower[i * n + j] * z[j];
				}
				draws[k][i] = value;
			}
		}
		return draws;
	}

	private static double normal(SplittableRandom random) {
		double u = random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(Math.max(u, 1e-300))) * Math.cos(2 * Math.PI * v);
	}

}
