package io.studycoach.exam;

import io.studycoach.config.InvalidSettingException;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Practice exams.
 *
 * @param passMark the percentage we call a pass; Google does not publish its passing score, so this
 * is our own yardstick and is said to be one
 * @param defaultLength questions in {@code /quiz exam} without a number: the real exam's 50
 * @param minLength the fewest questions an exam may have
 * @param maxLength the most questions an exam may have (the real exam has 50 to 60)
 * @param perQuestion time per question: the real exam's 120 minutes for 50 questions
 */
@ConfigurationProperties("coach.exam")
public record ExamProperties(@DefaultValue("70") int passMark, @DefaultValue("50") int defaultLength,
		@DefaultValue("10") int minLength, @DefaultValue("60") int maxLength,
		@DefaultValue("144s") Duration perQuestion) {

	public ExamProperties {
		if (passMark < 1 || passMark > 100) {
			throw new InvalidSettingException("COACH_EXAM_PASSMARK", "must be a percentage from 1 to 100",
					"Set coach.exam.pass-mark to a whole number such as 70, or leave it out for 70.");
		}
		if (minLength < 1 || maxLength < minLength || defaultLength < minLength || defaultLength > maxLength) {
			throw new InvalidSettingException("COACH_EXAM_DEFAULTLENGTH",
					"must lie between coach.exam.min-length and coach.exam.max-length",
					"Leave coach.exam.*-length out for 50 questions, between 10 and 60.");
		}
		if (perQuestion.isNegative() || perQuestion.isZero()) {
			throw new InvalidSettingException("COACH_EXAM_PERQUESTION", "must be a positive duration",
					"Set coach.exam.per-question to a duration such as 144s, or leave it out.");
		}
	}

	/** The time allowed for an exam of {@code questions} questions. */
	public Duration timeFor(int questions) {
		return this.perQuestion.multipliedBy(questions);
	}

	public boolean allowedLength(int questions) {
		return questions >= this.minLength && questions <= this.maxLength;
	}

}
