package io.studycoach.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar study-coach.jar --question-report report.md}: writes the item analysis as Markdown
 * and exits (StudyCoachApplication starts such a run without its web server and scheduled sends).
 */
@Component
class QuestionReportCommand implements ApplicationRunner {

	static final String OPTION = "question-report";

	private static final Logger logger = LoggerFactory.getLogger(QuestionReportCommand.class);

	private final QuestionAnalysis analysis;

	private final ApplicationContext context;

	QuestionReportCommand(QuestionAnalysis analysis, ApplicationContext context) {
		this.analysis = analysis;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!args.containsOption(OPTION)) {
			return;
		}
		// Both "--question-report=report.md" and "--question-report report.md".
		List<String> values = args.getOptionValues(OPTION).isEmpty() ? args.getNonOptionArgs()
				: args.getOptionValues(OPTION);
		if (values.isEmpty() || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--question-report needs a file name, e.g. --question-report report.md");
		}
		Path path = Path.of(values.get(0));
		Files.writeString(path, QuestionReportMarkdown.render(this.analysis.analyse()));
		logger.info("Question report written to {}", path.toAbsolutePath());
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}
