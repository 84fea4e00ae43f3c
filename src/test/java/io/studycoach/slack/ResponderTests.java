package io.studycoach.slack;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

class ResponderTests {

	// A pool that ran work on the caller would block this very thread: the timeout turns that into a failure.
	@Test
	@Timeout(30)
	void aFullPoolNeverRunsTheWorkOnTheRequestsOwnThread() throws Exception {
		Responder responder = new Responder();
		CountDownLatch slackAnswers = new CountDownLatch(1);
		CountDownLatch busy = new CountDownLatch(Responder.THREADS);
		AtomicInteger ranOnCaller = new AtomicInteger();
		AtomicInteger ran = new AtomicInteger();
		Thread caller = Thread.currentThread();
		try {
			// Every worker waits on a slow Slack, and the queue fills up behind them.
			for (int i = 0; i < Responder.THREADS + Responder.QUEUE; i++) {
				responder.background(() -> {
					busy.countDown();
					await(slackAnswers);
					ran.incrementAndGet();
				});
			}
			assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
			long began = System.nanoTime();
			responder.background(() -> {
				if (Thread.currentThread() == caller) {
					ranOnCaller.incrementAndGet();
				}
				await(slackAnswers);
			});
			// Handing over one more is immediate: the request thread goes on to its acknowledgement.
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isLessThan(1_000);
			assertThat(ranOnCaller).hasValue(0);
		}
		finally {
			slackAnswers.countDown();
			responder.destroy();
		}
		assertThat(ran).hasValue(Responder.THREADS + Responder.QUEUE);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
