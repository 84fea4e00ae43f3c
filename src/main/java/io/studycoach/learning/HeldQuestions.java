package io.studycoach.learning;

import java.util.Set;

/**
 * The questions held back from being served to anyone (quarantined while their key is in doubt).
 * Selection leaves them out while anything else is left; the question-quality feature supplies them.
 */
@FunctionalInterface
public interface HeldQuestions {

	HeldQuestions NONE = Set::of;

	Set<String> held();

}
