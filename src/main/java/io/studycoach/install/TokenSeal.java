package io.studycoach.install;

import io.studycoach.config.InvalidSettingException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals what an installation keeps in Redis (bot and user tokens, refresh tokens, webhook URLs) with
 * AES-256-GCM: a random 96-bit nonce per value, and the workspace's team id as associated data, so a
 * value copied under another workspace's key does not open. A sealed value reads
 * {@code sealed1:} + base64(nonce, ciphertext and tag); anything else was written before sealing.
 */
final class TokenSeal {

	static final String SETTING = "COACH_TOKEN_KEY";

	static final String PREFIX = "sealed1:";

	private static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String GENERATE = "Generate a key with `openssl rand -base64 32` and set it as " + SETTING
			+ "; it seals each installed workspace's tokens in Redis. Use the same key on every instance and keep it "
			+ "like a password.";

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	private TokenSeal(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * The seal for a {@code COACH_TOKEN_KEY} value; null when it is blank and need not be set.
	 * @param required whether the coach keeps installations (client id and secret are set)
	 */
	static TokenSeal fromSetting(String base64, boolean required) {
		if (base64 == null || base64.isBlank()) {
			if (required) {
				throw new InvalidSettingException(SETTING, "is not set, but SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are",
						GENERATE);
			}
			return null;
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			key = new byte[0];
		}
		if (key.length != KEY_BYTES) {
			throw new InvalidSettingException(SETTING, "is not the base64 of 32 bytes", GENERATE);
		}
		return new TokenSeal(key);
	}

	static boolean isSealed(String stored) {
		return stored.startsWith(PREFIX);
	}

	String seal(String teamId, String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, teamId, nonce).doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			// AES-GCM is in every Java runtime; this only fails if the runtime is broken.
			throw new IllegalStateException("Could not seal a token", ex);
		}
	}

	/** The plain value; throws when this key did not seal it for this team, or the value was altered. */
	String open(String teamId, String stored) throws GeneralSecurityException {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new GeneralSecurityException("not base64", ex);
		}
		if (bytes.length <= NONCE_BYTES) {
			throw new GeneralSecurityException("too short");
		}
		byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
		byte[] plain = cipher(Cipher.DECRYPT_MODE, teamId, nonce).doFinal(bytes, NONCE_BYTES,
				bytes.length - NONCE_BYTES);
		return new String(plain, StandardCharsets.UTF_8);
	}

	private Cipher cipher(int mode, String teamId, byte[] nonce) throws GeneralSecurityException {
		// A Cipher is not thread-safe; one per value costs microseconds.
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/** Never print the key. */
	@Override
	public String toString() {
		return "TokenSeal[AES-256-GCM]";
	}

}
