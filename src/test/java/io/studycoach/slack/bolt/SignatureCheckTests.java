package io.studycoach.slack.bolt;

import com.slack.api.app_backend.SlackSignature;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature check agrees with Slack's scheme as Bolt's generator computes it, and refuses the rest. */
class SignatureCheckTests {

	private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	private final SignatureCheck check = new SignatureCheck(SECRET);

	private final SlackSignature.Generator bolt = new SlackSignature.Generator(SECRET);

	private final long now = 1_700_000_000_000L;

	private final String timestamp = Long.toString(this.now / 1000);

	@Test
	void bodiesSignedAsBoltSignsThemPass() {
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			StringBuilder body = new StringBuilder("payload=");
			for (int c = random.nextInt(3_000); c > 0; c--) {
				body.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : 0x20 + random.nextInt(0x5f)));
			}
			body.append("é✓");
			String text = body.toString();
			assertThat(this.check.valid(this.timestamp, text.getBytes(StandardCharsets.UTF_8),
					this.bolt.generate(this.timestamp, text), this.now)).as(text).isTrue();
		}
	}

	@Test
	void aChangedBodyAnotherSecretOrAStaleOrFutureTimestampFails() {
		String body = "command=%2Fquiz&text=stats";
		String signature = this.bolt.generate(this.timestamp, body);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

		assertThat(this.check.valid(this.timestamp, bytes, signature, this.now)).isTrue();
		assertThat(this.check.valid(this.timestamp, "command=%2Fquiz&text=statz".getBytes(StandardCharsets.UTF_8),
				signature, this.now)).isFalse();
		assertThat(new SignatureCheck("another-secret").valid(this.timestamp, bytes, signature, this.now)).isFalse();
		assertThat(this.check.valid(this.timestamp, bytes, signature, this.now + 5 * 60 * 1000 + 1)).isFalse();
		assertThat(this.check.valid(this.timestamp, bytes, signature, this.now - 5 * 60 * 1000 - 1)).isFalse();
		assertThat(this.check.valid(this.timestamp, bytes, signature.toUpperCase(), this.now)).isFalse();
		assertThat(this.check.valid(this.timestamp, bytes, signature.substring(0, 10), this.now)).isFalse();
	}

	@Test
	void aMissingOrMalformedHeaderFails() {
		byte[] body = "x".getBytes(StandardCharsets.UTF_8);
		String signature = this.bolt.generate(this.timestamp, "x");

		assertThat(this.check.valid(null, body, signature, this.now)).isFalse();
		assertThat(this.check.valid(this.timestamp, body, null, this.now)).isFalse();
		assertThat(this.check.valid("", body, signature, this.now)).isFalse();
		assertThat(this.check.valid("17e8", body, signature, this.now)).isFalse();
		assertThat(this.check.valid("-" + this.timestamp, body, signature, this.now)).isFalse();
		assertThat(this.check.valid("1234567890123", body, signature, this.now)).isFalse();
	}

}
