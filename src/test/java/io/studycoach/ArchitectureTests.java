package io.studycoach;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rules of the main code (test classes and the cycle fixtures are not imported): the
 * core knows nothing of Slack, the sandbox or installs; the Slack adapter and the sandbox know
 * nothing of Lettuce; top-level packages and the Slack adapter's feature packages form no cycles.
 */
class ArchitectureTests {

	/** The core, including packages of features still to come, so they are covered from their first class. */
	private static final String[] CORE = { "io.studycoach.content..", "io.studycoach.learning..",
			"io.studycoach.progress..", "io.studycoach.quiz..", "io.studycoach.delivery..", "io.studycoach.summary..",
			"io.studycoach.challenge..", "io.studycoach.exam..", "io.studycoach.readiness..",
			"io.studycoach.quality.." };

	private static JavaClasses main;

	@BeforeAll
	static void importMainClasses() {
		main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(location -> !location.contains("/io/studycoach/archfixture/"))
			.importPackages("io.studycoach");
	}

	@Test
	void theCoreKnowsNothingOfSlackTheSandboxOrInstalls() {
		noClasses().that()
			.resideInAnyPackage(CORE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.studycoach.slack..", "io.studycoach.sandbox..", "io.studycoach.install..",
					"com.slack..")
			.because("the coach's rules must run, and be tested, without Slack: the Slack adapter, the sandbox "
					+ "and the install flow sit on top of the core, never under it")
			.check(main);
	}

	@Test
	void redisConfigAndOpsKnowNothingOfTheSlackAdapter() {
		noClasses().that()
			.resideInAnyPackage("io.studycoach.redis..", "io.studycoach.config..", "io.studycoach.ops..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.studycoach.slack..")
			.because("storage, settings and metrics are infrastructure the adapter uses; an edge back to it "
					+ "would tie every other part of the coach to Slack too")
			.check(main);
	}

	@Test
	void theSlackAdapterAndTheSandboxKnowNothingOfLettuce() {
		noClasses().that()
			.resideInAnyPackage("io.studycoach.slack..", "io.studycoach.sandbox..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.lettuce..")
			.because("Redis is reached through the core's stores, and its failures arrive as "
					+ "StoreUnavailableException, so the adapter never handles Lettuce's types itself")
			.check(main);
	}

	@Test
	void topLevelPackagesFormNoCycles() {
		cycleFree("io.studycoach.(*)..", "each top-level package must be understandable, testable and "
				+ "replaceable on its own; a cycle makes two packages one")
			.check(main);
	}

	@Test
	void theSlackAdaptersFeaturePackagesFormNoCycles() {
		cycleFree("io.studycoach.slack.(*)..", "each feature of the Slack adapter (quiz, channel, summary, ...) "
				+ "builds on the shared adapter classes, never on another feature that builds on it in turn")
			.check(main);
	}

	/**
	 * The cycle rules are not vacuous: the same rule, over two fixture packages that import each other,
	 * reports the cycle; over one of them alone (the other not imported) it reports nothing.
	 */
	@Test
	void theCycleRuleCatchesABackEdge() {
		ArchRule rule = cycleFree("io.studycoach.archfixture.(*)..", "fixture");
		JavaClasses both = new ClassFileImporter().importPackages("io.studycoach.archfixture");
		JavaClasses oneSide = new ClassFileImporter().importPackages("io.studycoach.archfixture.a");

		assertThat(both.contain("io.studycoach.archfixture.a.Upstream")).isTrue();
		assertThat(both.contain("io.studycoach.archfixture.b.Downstream")).isTrue();
		EvaluationResult cycle = rule.evaluate(both);
		assertThat(cycle.hasViolation()).isTrue();
		assertThat(cycle.getFailureReport().toString()).contains("Cycle detected")
			.contains("io.studycoach.archfixture.a.Upstream")
			.contains("io.studycoach.archfixture.b.Downstream");
		assertThat(rule.evaluate(oneSide).hasViolation()).isFalse();
	}

	/** The fixtures live in the test classes, which the main rules do not import. */
	@Test
	void theMainRulesSeeOnlyMainClasses() {
		assertThat(main.contain("io.studycoach.StudyCoachApplication")).isTrue();
		assertThat(main.contain("io.studycoach.quiz.QuizService")).isTrue();
		assertThat(main.contain("io.studycoach.archfixture.a.Upstream")).isFalse();
		assertThat(main.contain(ArchitectureTests.class)).isFalse();
	}

	private static ArchRule cycleFree(String slicePattern, String reason) {
		return slices().matching(slicePattern).should().beFreeOfCycles().because(reason);
	}

}
