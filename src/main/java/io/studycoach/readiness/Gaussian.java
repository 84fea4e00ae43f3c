package io.studycoach.readiness;

/** The standard normal density, distribution and quantile, to the accuracy a score needs. */
final class Gaussian {

	private Gaussian() {
	}

	static double pdf(double x) {
		return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
	}

	/** Φ(x) via the complementary error function (Numerical Recipes' erfc, |error| below 1.2e-7). */
	static double cdf(double x) {
		return 0.5 * erfc(-x / Math.sqrt(2));
	}

	private static double erfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
				+ t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
						+ t * (-0.82215223 + t * 0.17087277)))))))));
		return x >= 0 ? r : 2 - r;
	}

	/** The z with Φ(z) = p, for the interval's bounds (0.9 gives 1.2816). */
	static double quantile(double p) {
		double low = -10;
		double high = 10;
		for (int i = 0; i < 100; i++) {
			double mid = (low + high) / 2;
			if (cdf(mid) < p) {
				low = mid;
			}
			else {
				high = mid;
			}
		}
		return (low + high) / 2;
	}

}
