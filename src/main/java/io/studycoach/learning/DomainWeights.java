package io.studycoach.learning;

import io.studycoach.content.Domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** How likely each domain is to be drawn; the weights are normalized to sum to 1. */
public final class DomainWeights {

	private final Map<String, Double> weights;

	private DomainWeights(Map<String, Double> weights) {
		double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		if (total <= 0) {
			throw new IllegalArgumentException("Weights must not all be zero");
		}
		Map<String, Double> normalized = new LinkedHashMap<>();
		weights.forEach((id, weight) -> normalized.put(id, weight / total));
		this.weights = Collections.unmodifiableMap(normalized);
	}

	public static DomainWeights of(Map<String, Double> weights) {
		return new DomainWeights(weights);
	}

	public static DomainWeights base(List<Domain> domains) {
		Map<String, Double> weights = new LinkedHashMap<>();
		domains.forEach(d -> weights.put(d.id(), d.weight()));
		return new DomainWeights(weights);
	}

	public double weight(String domainId) {
		return this.weights.getOrDefault(domainId, 0.0);
	}

	public Map<String, Double> asMap() {
		return this.weights;
	}

	/** The same weights with the given domains left out (used when a domain has nothing left to ask). */
	public DomainWeights without(java.util.Set<String> exhausted) {
		Map<String, Double> remaining = new LinkedHashMap<>(this.weights);
		remaining.keySet().removeAll(exhausted);
		return remaining.isEmpty() ? this : new DomainWeights(remaining);
	}

	public String draw(RandomGenerator random) {
		double point = random.nextDouble();
		double cumulative = 0;
		String last = null;
		for (Map.Entry<String, Double> entry : this.weights.entrySet()) {
			cumulative += entry.getValue();
			last = entry.getKey();
			if (point < cumulative) {
				return last;
			}
		}
		return last;
	}

}
