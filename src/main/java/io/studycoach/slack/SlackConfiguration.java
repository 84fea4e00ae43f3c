package io.studycoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.studycoach.redis.Redis;
import io.studycoach.content.QuestionBank;
import io.studycoach.ops.CoachMetrics;
import io.studycoach.wording.Prompts;
import io.studycoach.content.ContentProperties;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
		return Slack.getInstance(config);
	}

	@Bean
	SlackCalls slackCalls(Slack slack, SlackProperties properties, SlackRetryProperties retry, CoachMetrics metrics) {
		return new SlackCalls(slack, properties.botToken().trim(), retry, metrics);
	}

	@Bean
	@Lazy
	App slackApp(Slack slack, SlackProperties properties, List<SlackListener> listeners,
			Redis redis, CoachMetrics metrics) {
		App app = new App(AppConfig.builder()
			.singleTeamBotToken(properties.botToken().trim())
			.signingSecret(properties.signingSecret().trim())
			.slack(slack)
			.build());
		app.use(new MeasuringAcks(metrics));
		app.use(new DeduplicatingEvents(redis));
		listeners.forEach(listener -> listener.register(app));
		return app;
	}

	@Bean
	ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(ObjectProvider<App> slackApp,
			SlackProperties properties) {
		return new ServletRegistrationBean<>(new SlackEventsServlet(slackApp, properties.signingSecret().trim()),
				EVENTS_PATH);
	}

	@Bean
	SlackAppStarter slackAppStarter(SlackProperties properties, ObjectProvider<App> slackApp) {
		return new SlackAppStarter(properties, slackApp);
	}

	@Bean
	Prompts prompts(@Value("${coach.prompts.location:}") String location) {
		return Prompts.load(ContentProperties.resolve(location, "prompts"), Wording.ALL);
	}

	@Bean
	QuestionView questionView(Prompts prompts, QuestionBank bank) {
		return new QuestionView(prompts, bank);
	}

	@Bean
	FeedbackView feedbackView(Prompts prompts) {
		return new FeedbackView(prompts);
	}

	@Bean
	StatsView statsView(Prompts prompts, QuestionBank bank) {
		return new StatsView(prompts, bank);
	}

	@Bean
	NoticeView noticeView(Prompts prompts, QuestionBank bank) {
		return new NoticeView(prompts, bank);
	}

	@Bean
	SummaryView summaryView(Prompts prompts, QuestionBank bank) {
		return new SummaryView(prompts, bank);
	}

	@Bean
	ChallengeView challengeView(Prompts prompts, QuestionBank bank, QuestionView questionView) {
		return new ChallengeView(prompts, bank, questionView);
	}

	@Bean
	HomeView homeView(Prompts prompts, QuestionBank bank) {
		return new HomeView(prompts, bank);
	}

	@Bean
	QuizCommandParser quizCommandParser(QuestionBank bank) {
		return new QuizCommandParser(bank);
	}

}
