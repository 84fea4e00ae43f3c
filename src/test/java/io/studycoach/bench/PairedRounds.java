package io.studycoach.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A figure quoted as a ratio of two apps, measured fairly: both warmed up alike, then measured in
 * alternating rounds (A B A B ...), so a machine that gets busier or quieter during the run touches
 * both; the ratio is the median of the per-round ratios, with their min and max.
 */
final class PairedRounds {

	private PairedRounds() {
	}

	/**
	 * @param warmUps rounds each app runs first, not counted
	 * @param rounds counted rounds each (at least 3)
	 */
	static Result measure(int warmUps, int rounds, Callable<Double> a, Callable<Double> b) throws Exception {
		if (rounds < 3) {
			throw new IllegalArgumentException("A paired figure needs at least 3 rounds each");
		}
		for (int i = 0; i < warmUps; i++) {
			a.call();
			b.call();
		}
		List<Double> as = new ArrayList<>();
		List<Double> bs = new ArrayList<>();
		for (int i = 0; i < rounds; i++) {
			as.add(a.call());
			bs.add(b.call());
		}
		return new Result(as, bs);
	}

	/** Each app's figure per round, in order. */
	record Result(List<Double> a, List<Double> b) {

		List<Double> ratios() {
			List<Double> ratios = new ArrayList<>();
			for (int i = 0; i < this.a.size(); i++) {
				ratios.add(this.a.get(i) / this.b.get(i));
			}
			return ratios;
		}

		static double median(List<Double> values) {
			List<Double> sorted = values.stream().sorted().toList();
			int n = sorted.size();
			return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		}

		/** "123/s (min 100, max 130)" for one app's figures. */
		static String spread(List<Double> values, String unit) {
			return String.format("%.0f%s (min %.0f, max %.0f)", median(values), unit,
					values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
					values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
		}

		/** "6.2 s (min 5.9, max 6.8)" for figures in seconds. */
		static String spreadSeconds(List<Double> values) {
			return String.format("%.1f s (min %.1f, max %.1f)", median(values),
					values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
					values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
		}

		/** "8.1 ms (min 7.9, max 9.0)" for figures in milliseconds. */
		static String spreadMillis(List<Double> values) {
			return String.format("%.1f ms (min %.1f, max %.1f)", median(values),
					values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
					values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
		}

		/** "86% (min 80%, max 91%)": the median of the per-round ratios a/b. */
		String share() {
			List<Double> ratios = ratios();
			return String.format("%.0f%% (min %.0f%%, max %.0f%%)", 100 * median(ratios),
					100 * ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
					100 * ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
		}

	}

}
