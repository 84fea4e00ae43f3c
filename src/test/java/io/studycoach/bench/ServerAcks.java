package io.studycoach.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coach's own acknowledgement times (the {@code coach.slack.ack} histogram, from Bolt's middleware
 * to the ack) read from /actuator/prometheus: what the coach spends of a click's latency, apart from
 * Tomcat, the network and the load generator on the same two cores.
 */
record ServerAcks(TreeMap<Double, Double> buckets) {

	private static final Pattern BUCKET = Pattern
		.compile("^coach_slack_ack_seconds_bucket\\{[^}]*le=\"([^\"]+)\"[^}]*} ([0-9.eE+-]+)$");

	static ServerAcks read(int port) throws Exception {
		String text = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		TreeMap<Double, Double> buckets = new TreeMap<>();
		text.lines().forEach(line -> {
			Matcher matcher = BUCKET.matcher(line);
			if (matcher.matches() && !"+Inf".equals(matcher.group(1))) {
				// Buckets of every request type add up: only clicks arrive during the runs.
				buckets.merge(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)), Double::sum);
			}
		});
		return new ServerAcks(buckets);
	}

	/** The acks counted since {@code before}. */
	ServerAcks since(ServerAcks before) {
		TreeMap<Double, Double> delta = new TreeMap<>();
		this.buckets.forEach((le, count) -> delta.put(le, count - before.buckets.getOrDefault(le, 0.0)));
		return new ServerAcks(delta);
	}

	/** The upper bound of the histogram bucket that holds the p-th percentile, in milliseconds. */
	String percentileMillis(double p) {
		double total = this.buckets.isEmpty() ? 0 : this.buckets.lastEntry().getValue();
		for (Map.Entry<Double, Double> bucket : this.buckets.entrySet()) {
			if (total > 0 && bucket.getValue() >= total * p / 100) {
				return String.format("%.1f", bucket.getKey() * 1000);
			}
		}
		return "?";
	}

}
