package io.studycoach.slack.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.users.UsersInfoResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.studycoach.ops.MetricsWiring;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retries end when they should: no wait after the last attempt, none that would end past
 * give-up-after, and a 429 still holds the method for its Retry-After. Slack is WireMock.
 */
class SlackCallsRetryTests {

	private static final String OK = """
			{"ok":true,"user":{"id":"U1","tz":"UTC","deleted":false}}""";

	private WireMockServer wireMock;

	private Slack slack;

	@BeforeEach
	void startSlack() {
		this.wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		this.wireMock.start();
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(this.wireMock.baseUrl() + "/api/");
		this.slack = Slack.getInstance(config);
		// One call first, so the HTTP client and WireMock are warm when timing matters.
		this.wireMock.stubFor(any(urlPathEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":true}")));
		calls(1, Duration.ofMillis(1), Duration.ofSeconds(30)).call("T1", "auth.test", c -> c.authTest(r -> r));
	}

	@AfterEach
	void stopSlack() {
		this.wireMock.stop();
	}

	@Test
	void after503sTheFailureIsReportedOnTheLastAttemptWithoutAnotherWait() {
		this.wireMock.stubFor(any(urlPathEqualTo("/api/users.info")).willReturn(aResponse().withStatus(503)));
		Duration backoff = Duration.ofMillis(500);

		long start = System.nanoTime();
		assertThatThrownBy(() -> usersInfo(calls(3, backoff, Duration.ofSeconds(30))))
			.isInstanceOf(SlackUnavailableException.class)
			.hasMessageContaining("HTTP 503 after 3 attempts");
		long failedAt = System.currentTimeMillis();
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

		List<LoggedRequest> requests = requests("users.info");
		assertThat(requests).hasSize(3);
		// The two waits between the attempts happened (500 ms, then 1 s)...
		assertThat(elapsedMillis).isGreaterThanOrEqualTo(1_500);
		// ...and not the 2 s one that used to follow the last attempt.
		long sinceLastAttempt = failedAt - requests.get(requests.size() - 1).getLoggedDate().getTime();
		assertThat(sinceLastAttempt).isLessThan(1_000);
		assertThat(elapsedMillis).isLessThan(1_500 + 2_000);
	}

	@Test
	void noWaitStartsThatWouldEndPastGiveUpAfter() {
		this.wireMock.stubFor(any(urlPathEqualTo("/api/users.info")).willReturn(aResponse().withStatus(503)));

		// Waits of 300 ms and 600 ms fit in 1.5 s; the next, 1.2 s, would not.
		assertThatThrownBy(() -> usersInfo(calls(10, Duration.ofMillis(300), Duration.ofMillis(1_500))))
			.isInstanceOf(SlackUnavailableException.class)
			.hasMessageContaining("HTTP 503 after 3 attempts (the next wait ends past give-up-after)");

		assertThat(requests("users.info")).hasSize(3);
	}

	@Test
	void a429IsWaitedOutAsAskedThenTheCallSucceeds() {
		this.wireMock.stubFor(any(urlPathEqualTo("/api/users.info")).inScenario("limit")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
			.willSetStateTo("calm"));
		this.wireMock.stubFor(any(urlPathEqualTo("/api/users.info")).inScenario("limit")
			.whenScenarioStateIs("calm")
			.willReturn(okJson(OK)));
		SlackCalls calls = calls(3, Duration.ofMillis(10), Duration.ofSeconds(30));

		assertThat(usersInfo(calls).isOk()).isTrue();

		List<LoggedRequest> requests = requests("users.info");
		assertThat(requests).hasSize(2);
		long waited = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
		assertThat(waited).as("Retry-After: 1 waited out").isGreaterThanOrEqualTo(900);
	}

	@Test
	void aRetryAfterLongerThanGiveUpAfterEndsTheCallAtOnce() {
		this.wireMock.stubFor(any(urlPathEqualTo("/api/users.info")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "20").withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
		SlackCalls calls = calls(5, Duration.ofMillis(10), Duration.ofSeconds(2));

		long start = System.nanoTime();
		assertThatThrownBy(() -> usersInfo(calls)).isInstanceOf(SlackUnavailableException.class)
			.hasMessageContaining("HTTP 429 after 1 attempt (Retry-After ends past give-up-after)");
		// A second caller of the same method does not even try while the 429 holds.
		assertThatThrownBy(() -> usersInfo(calls)).isInstanceOf(SlackUnavailableException.class);

		assertThat(requests("users.info")).hasSize(1);
		assertThat((System.nanoTime() - start) / 1_000_000).as("well before the 20 s Retry-After").isLessThan(10_000);
	}

	private SlackCalls calls(int attempts, Duration backoff, Duration giveUpAfter) {
		SlackRetryProperties retry = new SlackRetryProperties(attempts, backoff, Duration.ofSeconds(60), 0,
				Duration.ZERO, giveUpAfter);
		return new SlackCalls(this.slack, team -> Optional.of("xoxb-1111-2222-testtoken"), retry,
				MetricsWiring.coachMetrics(new SimpleMeterRegistry()), (team, error) -> {
				});
	}

	private static UsersInfoResponse usersInfo(SlackCalls calls) {
		return calls.call("T1", "users.info", c -> c.usersInfo(r -> r.user("U1")));
	}

	private List<LoggedRequest> requests(String method) {
		return this.wireMock.findAll(anyRequestedFor(urlPathEqualTo("/api/" + method)))
			.stream()
			.sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
			.toList();
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
