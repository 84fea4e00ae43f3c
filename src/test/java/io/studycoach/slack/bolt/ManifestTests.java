package io.studycoach.slack.bolt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.studycoach.slack.Subcommand;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** manifest.yml, converted to JSON, is a valid Slack app manifest and declares what the app serves. */
class ManifestTests {

	private static final File SCHEMA = new File("../shared/slack/manifest-schema/manifest.schema.1.0.0.json");

	private final JsonNode manifest = read(new ObjectMapper(new YAMLFactory()), new File("manifest.yml"));

	@Test
	void validatesAgainstSlacksManifestSchema() {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
			.getSchema(read(new ObjectMapper(), SCHEMA));

		Set<ValidationMessage> errors = schema.validate(this.manifest);

		assertThat(errors).isEmpty();
	}

	@Test
	void declaresQuizSocketModeInteractivityAndOnlyTheScopesAndEventsInUse() {
		JsonNode command = this.manifest.path("features").path("slash_commands").get(0);
		assertThat(command.path("command").asText()).isEqualTo(Subcommand.COMMAND);
		assertThat(command.path("usage_hint").asText()).isNotBlank();
		assertThat(command.path("url").asText()).endsWith(SlackConfiguration.EVENTS_PATH);
		assertThat(this.manifest.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
		assertThat(this.manifest.path("settings").path("interactivity").path("is_enabled").asBoolean()).isTrue();
		assertThat(this.manifest.path("settings").path("interactivity").path("request_url").asText())
			.endsWith(SlackConfiguration.EVENTS_PATH);
		List<String> scopes = new ArrayList<>();
		this.manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> scopes.add(s.asText()));
		assertThat(scopes).containsExactlyInAnyOrder("commands", "chat:write", "channels:read", "groups:read",
				"users:read", "files:write", "im:write", "im:history", "channels:history", "groups:history");
		List<String> events = new ArrayList<>();
		this.manifest.path("settings").path("event_subscriptions").path("bot_events").forEach(e -> events.add(e.asText()));
		assertThat(events).containsExactlyInAnyOrder("app_home_opened", "channel_archive", "channel_unarchive",
				"channel_deleted", "group_archive", "group_unarchive", "group_deleted", "member_left_channel",
				"member_joined_channel", "message.im", "user_change", "app_uninstalled", "tokens_revoked");
		// Members write to the coach in its Messages tab (message.im), so the tab must be open to them.
		JsonNode home = this.manifest.path("features").path("app_home");
		assertThat(home.path("messages_tab_enabled").asBoolean()).isTrue();
		assertThat(home.path("messages_tab_read_only_enabled").asBoolean()).isFalse();
		assertThat(this.manifest.path("oauth_config").path("redirect_urls").get(0).asText())
			.endsWith(SlackInstallServlet.REDIRECT_PATH);
	}

	private static JsonNode read(ObjectMapper mapper, File file) {
		try {
			return mapper.readTree(file);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
