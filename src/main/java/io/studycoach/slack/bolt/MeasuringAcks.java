package io.studycoach.slack.bolt;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import io.studycoach.ops.CoachMetrics;

import java.time.Duration;

/** Measures how long each request from Slack takes to acknowledge (Slack gives up after 3 seconds). */
class MeasuringAcks implements Middleware {

	private final CoachMetrics metrics;

	MeasuringAcks(CoachMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
		long start = System.nanoTime();
		try {
			return chain.next(request);
		}
		finally {
			this.metrics.ack(request.getRequestType().name(), Duration.ofNanos(System.nanoTime() - start));
		}
	}

}
