package io.studycoach;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StudyCoachApplication {

	public static void main(String[] args) {
		String[] run = args;
		if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--question-report"))) {
			// A one-off report: no daily sends while it runs, and no HTTP server unless the sandbox needs
			// its own (its Slack stand-in lives there). Arguments outrank application.yml.
			Stream<String> extra = Stream.of("--coach.delivery.cron=-", "--coach.quality.cron=-");
			if (slackConfigured()) {
				extra = Stream.concat(extra, Stream.of("--spring.main.web-application-type=none"));
			}
			run = Stream.concat(Arrays.stream(args), extra).toArray(String[]::new);
		}
		SpringApplication.run(StudyCoachApplication.class, run);
	}

	private static boolean slackConfigured() {
		return Stream.of("SLACK_BOT_TOKEN", "SLACK_CLIENT_ID").map(System::getenv)
			.anyMatch(value -> value != null && !value.isBlank());
	}

}
