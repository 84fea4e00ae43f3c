package io.studycoach.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The floor for B1: a Bolt app on the same Spring Boot and Tomcat that only acknowledges answer clicks.
 * Not a {@code @Configuration}, so the coach's component scan never finds it; it runs as its own main.
 */
@EnableAutoConfiguration(exclude = RedisAutoConfiguration.class)
public class BareBoltApp {

	public static void main(String[] args) {
		SpringApplication.run(BareBoltApp.class, args);
	}

	/** Started as its own JVM with the coach's flags ({@link ChildApp}), answering on the given Web API. */
	static ChildApp start(String apiUrl) throws Exception {
		return ChildApp.start(BareBoltApp.class.getName(), "bare", "--slack.bot-token=xoxb-1111-2222-testtoken",
				"--slack.api-url=" + apiUrl,
				"--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration,"
						+ "org.springframework.boot.autoconfigure.data.redis.RedisRepositoriesAutoConfiguration");
	}

	@Bean
	ServletRegistrationBean<SlackAppServlet> bareSlackEvents(@Value("${slack.signing-secret}") String secret,
			@Value("${slack.api-url}") String apiUrl) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(apiUrl);
		App app = new App(AppConfig.builder()
			.singleTeamBotToken("xoxb-1111-2222-testtoken")
			.signingSecret(secret)
			.slack(Slack.getInstance(config))
			.build());
		app.blockAction(Pattern.compile("^answer_.*"), (request, context) -> context.ack());
		return new ServletRegistrationBean<>(new SlackAppServlet(app), "/slack/events");
	}

}
