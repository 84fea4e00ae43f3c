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
			// A one-off report: no HTTP server and no daily sends while it runs (arguments outrank application.yml).
			run = Stream.concat(Arrays.stream(args),
					Stream.of("--spring.main.web-application-type=none", "--coach.delivery.cron=-")).toArray(String[]::new);
		}
		SpringApplication.run(StudyCoachApplication.class, run);
	}

}
