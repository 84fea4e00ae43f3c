package io.studycoach.quality;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/questions}: every question's figures and verdicts as JSON (running the
 * analysis, which also quarantines keys the statistics call suspect). {@code DELETE
 * /actuator/questions/{id}}: the operator's clearing of a question. {@link OperatorOnly} keeps both
 * off the public side.
 */
@Component
@Endpoint(id = "questions")
class QuestionsEndpoint {

	private final QuestionAnalysis analysis;

	private final Quarantine quarantine;

	QuestionsEndpoint(QuestionAnalysis analysis, Quarantine quarantine) {
		this.analysis = analysis;
		this.quarantine = quarantine;
	}

	@ReadOperation
	QuestionAnalysis.Report questions() {
		return this.analysis.analyse();
	}

	@DeleteOperation
	Map<String, Object> clear(@Selector String id) {
		return Map.of("question", id, "wasQuarantined", this.quarantine.clear(id, "command"));
	}

}
