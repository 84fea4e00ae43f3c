package io.studycoach.redis;

import io.lettuce.core.RedisURI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RedisUrlTests {

	@Test
	void aClusterUrlNamesEverySeedWithItsCredentialsAndTls() {
		RedisUrl url = RedisUrl.parse("rediss-cluster://coach:s%40cret@10.0.0.1:7000,10.0.0.2:7001,redis-3");

		assertThat(url.cluster()).isTrue();
		assertThat(url.hostsAndPorts()).containsExactly("10.0.0.1:7000", "10.0.0.2:7001", "redis-3:6379");
		for (RedisURI node : url.nodes()) {
			assertThat(node.isSsl()).isTrue();
			assertThat(node.getUsername()).isEqualTo("coach");
			assertThat(new String(node.getPassword())).isEqualTo("s@cret");
		}
	}

	@Test
	void aPasswordAloneIsThePassword() {
		RedisURI node = RedisUrl.parse("redis-cluster://:only-password@127.0.0.1:7000").nodes().get(0);

		assertThat(node.getUsername()).isNull();
		assertThat(new String(node.getPassword())).isEqualTo("only-password");
		assertThat(node.isSsl()).isFalse();
	}

	@Test
	void plainAndSentinelUrlsAreLettucesOwn() {
		RedisUrl plain = RedisUrl.parse("redis://localhost:6380/2");
		RedisUrl sentinel = RedisUrl.parse("redis-sentinel://10.0.0.5:26379,10.0.0.6:26379#coach");

		assertThat(plain.cluster()).isFalse();
		assertThat(plain.nodes().get(0).getPort()).isEqualTo(6380);
		assertThat(plain.nodes().get(0).getDatabase()).isEqualTo(2);
		assertThat(sentinel.cluster()).isFalse();
		assertThat(sentinel.nodes().get(0).getSentinelMasterId()).isEqualTo("coach");
		assertThat(sentinel.nodes().get(0).getSentinels()).hasSize(2);
	}

	@Test
	void aClusterUrlWithoutNodesOrWithABadPortSaysWhy() {
		assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis-cluster://"))
			.withMessageContaining("names no cluster node");
		assertThatIllegalArgumentException().isThrownBy(() -> RedisUrl.parse("redis-cluster://10.0.0.1:seven"))
			.withMessageContaining("port that is not a number");
	}

}
