package io.studycoach.install;

import com.google.gson.Gson;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.util.json.GsonFactory;
import io.lettuce.core.api.sync.RedisCommands;
import io.studycoach.redis.HandWiredRedis;
import io.studycoach.redis.RedisKeys;
import io.studycoach.support.TestRedis;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installation store on the real Redis, wired by hand: what lands in Redis is sealed, an
 * installation kept in clear by an earlier version still reads and is sealed on that read, and a
 * key that cannot open an installation makes the workspace read as not installed.
 */
@ExtendWith(OutputCaptureExtension.class)
class SealedInstallationsTests {

	private final RedisCommands<String, String> look = TestRedis.connection().sync();

	private final List<String> installed = new ArrayList<>();

	private final String key = TokenSealTests.newKey();

	private HandWiredRedis wired;

	private RedisInstallationService store;

	private String team;

	@BeforeEach
	void open() {
		this.wired = HandWiredRedis.open();
		this.store = store(this.key);
		this.team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	@AfterEach
	void close() {
		this.wired.close();
	}

	@Test
	void noTokenIsInClearInRedisAndBothReadBack() {
		this.store.saveInstallerAndBot(installer("xoxb-" + this.team + "-bot", "xoxp-" + this.team + "-user"));

		for (String stored : rawInstallValues()) {
			assertThat(stored).startsWith(TokenSeal.PREFIX)
				.doesNotContain("xoxb-")
				.doesNotContain("xoxp-")
				.doesNotContain(this.team + "-");
		}
		assertThat(rawInstallValues()).hasSize(2);
		assertThat(this.installed).containsExactly(this.team);
		assertThat(this.store.findBot(null, this.team).getBotAccessToken()).isEqualTo("xoxb-" + this.team + "-bot");
		assertThat(this.store.findInstaller(null, this.team, null).getInstallerUserAccessToken())
			.isEqualTo("xoxp-" + this.team + "-user");
		assertThat(this.store.findInstaller(null, this.team, "U0SOMEONEELSE")).isNull();
	}

	@Test
	void anInstallationKeptInClearReadsAndIsSealedOnThatRead(CapturedOutput output) {
		Gson gson = GsonFactory.createSnakeCase();
		DefaultInstaller old = installer("xoxb-" + this.team + "-old", "xoxp-" + this.team + "-old");
		RedisKeys keys = RedisKeys.team(this.team);
		this.look.set(keys.installer(), gson.toJson(old));
		this.look.set(keys.installedBot(), gson.toJson(old.toBot()));
		assertThat(this.look.get(keys.installedBot())).contains("xoxb-" + this.team + "-old");

		assertThat(this.store.findBot(null, this.team).getBotAccessToken()).isEqualTo("xoxb-" + this.team + "-old");
		assertThat(this.store.findInstaller(null, this.team, "U0INSTALLER").getInstallerUserAccessToken())
			.isEqualTo("xoxp-" + this.team + "-old");

		for (String stored : rawInstallValues()) {
			assertThat(stored).startsWith(TokenSeal.PREFIX).doesNotContain("xoxb-").doesNotContain("xoxp-");
		}
		assertThat(output).contains("Sealed the installation of workspace " + this.team + " that was kept in clear")
			.doesNotContain(this.team + "-old");
		RedisInstallationService later = store(this.key);
		assertThat(later.findBot(null, this.team).getBotUserId()).isEqualTo("U0BOT");
		assertThat(later.findBot(null, this.team).getBotAccessToken()).isEqualTo("xoxb-" + this.team + "-old");
	}

	@Test
	void aKeyThatCannotOpenTheInstallationMeansNotInstalledLoggedOnce(CapturedOutput output) {
		this.store.saveInstallerAndBot(installer("xoxb-" + this.team + "-bot", "xoxp-" + this.team + "-user"));
		RedisInstallationService otherKey = store(TokenSealTests.newKey());

		assertThat(otherKey.findBot(null, this.team)).isNull();
		assertThat(otherKey.findBot(null, this.team)).isNull();
		assertThat(otherKey.findInstaller(null, this.team, null)).isNull();

		String line = "The installation of workspace " + this.team + " cannot be opened with COACH_TOKEN_KEY";
		assertThat(output.getAll().split(line, -1)).as("logged once").hasSize(2);
		assertThat(output).doesNotContain("xoxb-" + this.team);
		// Nothing was lost: the key that sealed it still opens it.
		assertThat(this.store.findBot(null, this.team).getBotAccessToken()).isEqualTo("xoxb-" + this.team + "-bot");
	}

	@Test
	void aSealedValueCopiedToAnotherWorkspaceDoesNotOpenThere() {
		this.store.saveInstallerAndBot(installer("xoxb-" + this.team + "-bot", null));
		String elsewhere = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		this.look.set(RedisKeys.team(elsewhere).installedBot(), this.look.get(RedisKeys.team(this.team).installedBot()));

		assertThat(this.store.findBot(null, elsewhere)).isNull();
		assertThat(this.store.findBot(null, this.team)).isNotNull();
	}

	private RedisInstallationService store(String base64Key) {
		return new RedisInstallationService(this.wired.redis(), this.installed::add, TokenSeal.fromSetting(base64Key, true));
	}

	private List<String> rawInstallValues() {
		RedisKeys keys = RedisKeys.team(this.team);
		List<String> values = new ArrayList<>();
		for (String key : List.of(keys.installedBot(), keys.installer())) {
			String value = this.look.get(key);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	private DefaultInstaller installer(String botToken, String userToken) {
		DefaultInstaller installer = new DefaultInstaller();
		installer.setAppId("A0COACH");
		installer.setTeamId(this.team);
		installer.setTeamName("Sealed");
		installer.setScope("commands,chat:write");
		installer.setInstallerUserId("U0INSTALLER");
		installer.setInstallerUserAccessToken(userToken);
		installer.setBotId("B0BOT");
		installer.setBotUserId("U0BOT");
		installer.setBotAccessToken(botToken);
		installer.setBotScope("commands,chat:write");
		installer.setInstalledAt(1_772_000_000_000L);
		return installer;
	}

}
