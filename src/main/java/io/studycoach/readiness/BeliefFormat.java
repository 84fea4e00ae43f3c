package io.studycoach.readiness;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * A learner's belief as stored in Redis: a version byte (1), the sections and domains it was built
 * for (a byte each), the first answers behind it (4 bytes), then the means and the covariance's
 * upper triangle as 4-byte floats, big-endian: 423 bytes for 6 sections and 6 domains. Floats are
 * the precision the earlier text kept, and CalibrationTests runs its learners through this format.
 * <p>
 * Earlier versions kept a hash whose {@code belief} field is text (sections, domains, then the
 * same numbers, comma-separated) beside an {@code answers} field; {@link #fromText} reads it.
 */
final class BeliefFormat {

	static final byte VERSION = 1;

	private static final int HEADER = 7;

	private BeliefFormat() {
	}

	/** A belief and how many first answers built it. */
	record Stored(AbilityModel model, int answers) {
	}

	static byte[] encode(Stored stored) {
		AbilityModel model = stored.model();
		int n = model.size();
		ByteBuffer out = ByteBuffer.allocate(HEADER + 4 * (n + n * (n + 1) / 2));
		out.put(VERSION).put((byte) model.sections()).put((byte) model.domains()).putInt(stored.answers());
		numbers(model, value -> out.putFloat((float) value));
		return out.array();
	}

	/**
	 * The stored belief; the prior when the bank's sections or domains changed since (the count of
	 * answers stays), and nothing learned from a value this version does not know.
	 */
	static Stored decode(byte[] bytes, int sections, int domains) {
		if (bytes.length < HEADER || bytes[0] != VERSION) {
			return new Stored(AbilityModel.prior(sections, domains), 0);
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		in.get();
		int storedSections = in.get();
		int storedDomains = in.get();
		int answers = in.getInt();
		int n = 1 + sections + domains;
		if (storedSections != sections || storedDomains != domains
				|| bytes.length != HEADER + 4 * (n + n * (n + 1) / 2)) {
			return new Stored(AbilityModel.prior(sections, domains), answers);
		}
		return new Stored(model(sections, domains, in::getFloat), answers);
	}

	/**
	 * The hash an earlier version wrote ({@code belief} as text, {@code answers}); the prior when
	 * there is none or its shape no longer fits the bank.
	 */
	static Stored fromText(Map<String, String> hash, int sections, int domains) {
		int answers = Integer.parseInt(hash.getOrDefault("answers", "0"));
		String text = hash.get("belief");
		String[] parts = text == null || text.isEmpty() ? new String[0] : text.split(",");
		int n = 1 + sections + domains;
		if (parts.length != 2 + n + n * (n + 1) / 2 || Integer.parseInt(parts[0]) != sections
				|| Integer.parseInt(parts[1]) != domains) {
			return new Stored(AbilityModel.prior(sections, domains), answers);
		}
		int[] at = { 2 };
		return new Stored(model(sections, domains, () -> Double.parseDouble(parts[at[0]++])), answers);
	}

	/** The numbers of a belief in the order both stored forms list them: the means, then the covariance's upper triangle. */
	static void numbers(AbilityModel model, DoubleConsumer out) {
		int n = model.size();
		for (int i = 0; i < n; i++) {
			out.accept(model.mean(i));
		}
		for (int row = 0; row < n; row++) {
			for (int col = row; col < n; col++) {
				out.accept(model.covariance(row, col));
			}
		}
	}

	/** A belief from its numbers in stored order (see {@link #numbers}). */
	private static AbilityModel model(int sections, int domains, DoubleSupplier next) {
		int n = 1 + sections + domains;
		double[] mean = new double[n];
		double[] covariance = new double[n * n];
		for (int i = 0; i < n; i++) {
			mean[i] = next.getAsDouble();
		}
		for (int row = 0; row < n; row++) {
			for (int col = row; col < n; col++) {
				double value = next.getAsDouble();
				covariance[row * n + col] = value;
				covariance[col * n + row] = value;
			}
		}
		return AbilityModel.of(sections, domains, mean, covariance);
	}

}
