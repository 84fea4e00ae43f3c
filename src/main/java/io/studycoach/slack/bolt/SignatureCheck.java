package io.studycoach.slack.bolt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature (https://api.slack.com/authentication/verifying-requests-from-slack):
 * {@code v0=} and the hex HMAC-SHA256 of {@code v0:<timestamp>:<body>} under the signing secret, with a
 * timestamp at most five minutes from now. Computed over the body's bytes as they arrived, on one Mac
 * per thread, and compared in constant time. Bolt's generator builds the whole string, a new Mac, and
 * formats each byte with String.format: a tenth of everything B1 allocated.
 */
final class SignatureCheck {

	private static final long MAX_SKEW_MILLIS = 5 * 60 * 1000;

	private final ThreadLocal<Mac> macs;

	SignatureCheck(String signingSecret) {
		SecretKeySpec key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
			}
		});
	}

	boolean valid(String timestamp, byte[] body, String signature, long nowMillis) {
		if (timestamp == null || signature == null || timestamp.isEmpty() || timestamp.length() > 12
				|| !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		if (Math.abs(nowMillis - Long.parseLong(timestamp) * 1000) > MAX_SKEW_MILLIS) {
			return false;
		}
		Mac mac = this.macs.get();
		mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
		String expected = "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
