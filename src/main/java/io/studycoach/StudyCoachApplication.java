package io.studycoach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StudyCoachApplication {

	public static void main(String[] args) {
		SpringApplication.run(StudyCoachApplication.class, args);
	}

}
