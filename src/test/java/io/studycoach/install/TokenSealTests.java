package io.studycoach.install;

import io.studycoach.config.InvalidSettingException;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** AES-256-GCM sealing of installation values, and how its setting is checked. */
class TokenSealTests {

	static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private final TokenSeal seal = TokenSeal.fromSetting(newKey(), true);

	@Test
	void aSealedValueOpensForItsTeamAndShowsNothingInClear() throws Exception {
		String sealed = this.seal.seal("T0ONE", "{\"bot_access_token\":\"xoxb-1-2-secret\"}");

		assertThat(sealed).startsWith(TokenSeal.PREFIX).doesNotContain("xoxb-").doesNotContain("secret");
		assertThat(this.seal.open("T0ONE", sealed)).isEqualTo("{\"bot_access_token\":\"xoxb-1-2-secret\"}");
	}

	@Test
	void eachValueGetsANonceOfItsOwn() {
		String first = this.seal.seal("T0ONE", "xoxb-same");
		String second = this.seal.seal("T0ONE", "xoxb-same");

		assertThat(first).isNotEqualTo(second);
		// 12 bytes of nonce, the 9 bytes of text, a 16-byte tag
		assertThat(Base64.getDecoder().decode(first.substring(TokenSeal.PREFIX.length()))).hasSize(12 + 9 + 16);
	}

	@Test
	void aValueDoesNotOpenForAnotherTeamWithAnotherKeyOrWhenAltered() {
		String sealed = this.seal.seal("T0ONE", "xoxb-1-2-secret");
		TokenSeal other = TokenSeal.fromSetting(newKey(), true);
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(TokenSeal.PREFIX.length()));
		bytes[bytes.length - 1] ^= 1;
		String altered = TokenSeal.PREFIX + Base64.getEncoder().encodeToString(bytes);

		assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> this.seal.open("T0TWO", sealed));
		assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> other.open("T0ONE", sealed));
		assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> this.seal.open("T0ONE", altered));
		assertThatExceptionOfType(GeneralSecurityException.class)
			.isThrownBy(() -> this.seal.open("T0ONE", TokenSeal.PREFIX + "not base64!"));
	}

	@Test
	void theKeyIsRequiredOnlyWhenWorkspacesInstallTheCoach() {
		assertThat(TokenSeal.fromSetting("", false)).isNull();
		assertThat(TokenSeal.fromSetting(null, false)).isNull();
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> TokenSeal.fromSetting(" ", true))
			.withMessage("COACH_TOKEN_KEY is not set, but SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are.")
			.satisfies(ex -> assertThat(ex.remedy()).contains("openssl rand -base64 32"));
	}

	@Test
	void aKeyThatIsNot32BytesOfBase64IsRefusedWithoutEchoingIt() {
		String sixteen = Base64.getEncoder().encodeToString(new byte[16]);
		for (String wrong : new String[] { "hunter2-not-base64!", sixteen }) {
			assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> TokenSeal.fromSetting(wrong, false))
				.withMessage("COACH_TOKEN_KEY is not the base64 of 32 bytes.")
				.satisfies(ex -> assertThat(ex.getMessage() + ex.remedy()).doesNotContain(wrong));
		}
	}

}
