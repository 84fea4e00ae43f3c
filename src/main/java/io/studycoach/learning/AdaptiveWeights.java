package io.studycoach.learning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tilts base domain weights toward weak domains: {@code w(d) ∝ base(d) × (1 + m(d))}, where
 * {@code m(d) = (wrong(d) + 1) / (answered(d) + 2)} is the miss rate smoothed toward one half. With no
 * answers every m is 0.5 and the weights are the base weights exactly; a domain always missed tends to
 * twice its base share (before normalizing), one always answered right to its base share.
 */
public final class AdaptiveWeights {

	private AdaptiveWeights() {
	}

	/**
	 * @param base the starting weights (the bank's, or a channel's)
	 * @param answeredAndWrong per domain: {answered, wrong}
	 */
	public static DomainWeights tilt(DomainWeights base, Map<String, long[]> answeredAndWrong) {
		Map<String, Double> tilted = new LinkedHashMap<>();
		base.asMap().forEach((domain, weight) -> {
			long[] counts = answeredAndWrong.getOrDefault(domain, new long[] { 0, 0 });
			tilted.put(domain, weight * (1 + smoothedMissRate(counts[0], counts[1])));
		});
		return DomainWeights.of(tilted);
	}

	static double smoothedMissRate(long answered, long wrong) {
		return (wrong + 1.0) / (answered + 2.0);
	}

}
