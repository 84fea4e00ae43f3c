package io.studycoach.slack.bolt;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.model.Bot;
import io.studycoach.content.ContentProperties;
import io.studycoach.delivery.ServedTeams;
import io.studycoach.delivery.WorkspaceBreaker;
import io.studycoach.install.RedisInstallationService;
import io.studycoach.install.RedisOAuthStateService;
import io.studycoach.install.SeenEvents;
import io.studycoach.install.Workspaces;
import io.studycoach.ops.CoachMetrics;
import io.studycoach.slack.SlackListener;
import io.studycoach.slack.web.BotTokens;
import io.studycoach.slack.web.ReportingSlackCalls;
import io.studycoach.slack.web.SlackCalls;
import io.studycoach.slack.web.SlackRetryProperties;
import io.studycoach.wording.Prompts;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The one Bolt {@link App}, served at {@code POST /slack/events} for commands, interactivity and
 * events (https://api.slack.com/apis/http), or over Socket Mode when an app token is set.
 */
@Configuration(proxyBeanMethods = false)
class SlackConfiguration {

	static final String EVENTS_PATH = "/slack/events";

	@Bean
	Slack slack(SlackProperties properties) {
		SettingsCheck.check(properties);
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(properties.apiUrlWithSlash());
		config.setHttpClientCallTimeoutMillis(10_000);
		// The SDK's call statistics feed only its async client's rate limiter, which the coach does not
		// use (SlackCalls paces by workspace itself); kept on, they hold every call of the last minute.
		config.setStatsEnabled(false);
		return Slack.getInstance(config);
	}

	/** One workspace's configured token, or each installed workspace's own. */
	@Bean
	BotTokens botTokens(SlackProperties properties, RedisInstallationService installations) {
		if (!properties.installable()) {
			Optional<String> token = Optional.of(properties.botToken().trim());
			return team -> token;
		}
		return team -> Optional.ofNullable(installations.findBot(null, team)).map(Bot::getBotAccessToken);
	}

	@Bean
	SlackCalls slackCalls(Slack slack, BotTokens tokens, SlackRetryProperties retry, CoachMetrics metrics,
			SlackProperties properties, Workspaces workspaces, WorkspaceBreaker breaker) {
		// With one configured token, a refusal means a wrong setting, not a workspace that left: the
		// health check reports it, and nothing is removed.
		BiConsumer<String, String> workspaceGone = properties.installable() ? workspaces::removed : (team, error) -> {
		};
		return new ReportingSlackCalls(slack, tokens, retry, metrics, workspaceGone, breaker);
	}

	@Bean
	TokenWorkspace tokenWorkspace(Slack slack, SlackProperties properties, ServedTeams served) {
		return new TokenWorkspace(slack, properties, served);
	}

	@Bean
	@Lazy
	App slackApp(Slack slack, SlackProperties properties, List<SlackListener> listeners, SeenEvents seenEvents,
			CoachMetrics metrics, RedisInstallationService installations) {
		AppConfig config = properties.installable() ? installableConfig(slack, properties) : AppConfig.builder()
			.singleTeamBotToken(properties.botToken().trim())
			.signingSecret(properties.signingSecret().trim())
			.slack(slack)
			.build();
		// SlackEventsServlet checks every signature before anything is parsed, and it is the one HTTP way
		// into this App (Socket Mode needs no signature): checking again in Bolt was 5% of B1's CPU.
		config.setRequestVerificationEnabled(false);
		// With installs, Bolt finds each request's workspace's bot token in the installation store
		// (https://tools.slack.dev/java-slack-sdk/guides/app-distribution).
		App app = properties.installable() ? new App(config).service(installations) : new App(config);
		// Edits, deletions, file shares and the like arrive as "message" events with a subtype; with no
		// handler of their own Bolt would answer 404 and Slack would retry them.
		app.config().setSubtypedMessageEventsAutoAckEnabled(true);
		app.use(new MeasuringAcks(metrics));
		app.use(new DeduplicatingEvents(seenEvents));
		listeners.forEach(listener -> listener.register(app));
		return app;
	}

	/** Serves /slack/install and /slack/oauth_redirect, when workspaces install the coach themselves. */
	@Bean
	@Lazy
	App slackInstallApp(Slack slack, SlackProperties properties, RedisInstallationService installations,
			RedisOAuthStateService states) {
		App app = new App(installableConfig(slack, properties)).asOAuthApp(true).service(installations).service(states);
		// Bolt's page for a forged, stale or other browser's state, but with 400 rather than 200.
		app.oauthCallbackStateError((request, response) -> {
			response.setStatusCode(400);
			response.setContentType("text/html; charset=utf-8");
			response.setBody(app.config()
				.getOAuthRedirectUriPageRenderer()
				.renderFailurePage(SlackInstallServlet.INSTALL_PATH, "invalid_state"));
			return response;
		});
		return app;
	}

	@Bean
	ServletRegistrationBean<SlackInstallServlet> slackInstallServlet(
			@Qualifier("slackInstallApp") ObjectProvider<App> installApp, SlackProperties properties) {
		return new ServletRegistrationBean<>(new SlackInstallServlet(installApp, properties.installable()),
				SlackInstallServlet.INSTALL_PATH, SlackInstallServlet.REDIRECT_PATH);
	}

	private static AppConfig installableConfig(Slack slack, SlackProperties properties) {
		String redirect = properties.redirectUri() == null || properties.redirectUri().isBlank() ? null
				: properties.redirectUri().trim();
		return AppConfig.builder()
			.signingSecret(properties.signingSecret().trim())
			.clientId(properties.clientId().trim())
			.clientSecret(properties.clientSecret().trim())
			.scope(String.join(",", properties.scopes()))
			.redirectUri(redirect)
			.appPath("/slack/")
			.oauthInstallPath("install")
			.oauthRedirectUriPath("oauth_redirect")
			.slack(slack)
			.build();
	}

	@Bean
	ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(@Qualifier("slackApp") ObjectProvider<App> slackApp,
			SlackProperties properties) {
		return new ServletRegistrationBean<>(new SlackEventsServlet(slackApp, properties.signingSecret().trim()),
				EVENTS_PATH);
	}

	@Bean
	SocketModeLink socketModeLink(SocketModeProperties socketMode) {
		return new SocketModeLink(socketMode.grace());
	}

	/**
	 * The link's health, only in Socket Mode: in HTTP mode there is no link to report. Added once the
	 * beans are made rather than by a condition, since the context prepared at build time (the jar's
	 * ahead-of-time processing) has its conditions settled then, before any token is known.
	 */
	@Bean
	SmartInitializingSingleton socketModeHealth(SlackProperties properties, SocketModeLink link,
			HealthContributorRegistry health) {
		return () -> {
			if (properties.socketMode()) {
				health.registerContributor("slackSocketMode", new SocketModeHealthIndicator(link));
			}
		};
	}

	@Bean
	SlackAppStarter slackAppStarter(SlackProperties properties, SocketModeProperties socketMode, SocketModeLink link,
			@Qualifier("slackApp") ObjectProvider<App> slackApp) {
		return new SlackAppStarter(properties, socketMode, link, slackApp);
	}

	@Bean
	Prompts prompts(@Value("${coach.prompts.location:}") String location) {
		return Prompts.load(ContentProperties.resolve(location, "prompts"), PromptCatalogue.ALL);
	}

}
