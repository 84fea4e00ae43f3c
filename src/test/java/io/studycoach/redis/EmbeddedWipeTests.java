package io.studycoach.redis;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The sandbox's Reset never reaches a Redis named by REDIS_URL. */
class EmbeddedWipeTests {

	@Test
	void aRedisNamedByUrlIsNeverWiped() {
		RedisProperties external = new RedisProperties("redis://127.0.0.1:6379", "data", 0, Duration.ofSeconds(2));

		// No connection at all: the refusal comes before any command could be sent.
		assertThatIllegalStateException().isThrownBy(() -> new EmbeddedWipe(external, null).wipe("T0SANDBOX"))
			.withMessageContaining("Only the embedded Redis");
	}

}
