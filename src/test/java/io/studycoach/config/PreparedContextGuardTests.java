package io.studycoach.config;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PreparedContextGuardTests {

	@Test
	void theUsualStartsFitThePreparedContext() {
		assertThat(PreparedContextGuard.unpreparedFor(new MockEnvironment())).isNull();
		assertThat(PreparedContextGuard.unpreparedFor(new MockEnvironment()
			.withProperty("spring.main.web-application-type", "servlet"))).isNull();
		assertThat(PreparedContextGuard.unpreparedFor(new MockEnvironment().withProperty("server.port", "3000")
			.withProperty("management.server.port", "3000"))).isNull();
	}

	@Test
	void noWebServerOrAManagementPortOfItsOwnDoNot() {
		assertThat(PreparedContextGuard.unpreparedFor(new MockEnvironment()
			.withProperty("spring.main.web-application-type", "none"))).contains("web-application-type is none");
		assertThat(PreparedContextGuard.unpreparedFor(new MockEnvironment().withProperty("server.port", "3000")
			.withProperty("management.server.port", "9090"))).contains("MANAGEMENT_SERVER_PORT) is 9090");
		assertThat(PreparedContextGuard.unpreparedFor(new MockEnvironment().withProperty("server.port", "0")
			.withProperty("management.server.port", "0"))).contains("is 0");
		assertThat(PreparedContextGuard.unpreparedFor(new MockEnvironment()
			.withProperty("management.server.port", "-1"))).contains("is -1");
	}

}
