package io.studycoach.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cron when the delivery tick runs (Spring cron; "-" turns it off, as the tests do)
 * @param workers how many sends run at once on each instance
 * @param batch how many due targets of a workspace the tick takes from the due index at a time
 * @param lease how long a send holds its target before another instance may try it; also how long a
 * target handed to the fan-out stream waits before the tick offers it again
 * @param chunk how many targets make one work item on the fan-out stream
 * @param claimAfter how long a work item may sit unacknowledged with a consumer before another
 * instance claims it (XAUTOCLAIM): the consumer's instance is taken to have died
 * @param stream the key of the fan-out stream; instances that share it share the work
 * @param maxDeliveries how many times a work item may be handed to a consumer; one claimed after that
 * many (each time its consumer died with it) goes to the dead-letter stream instead
 */
@ConfigurationProperties("coach.delivery")
public record DeliveryProperties(@DefaultValue("0 * * * * *") String cron, @DefaultValue("8") int workers,
		@DefaultValue("5000") int batch, @DefaultValue("2m") Duration lease, @DefaultValue("20") int chunk,
		@DefaultValue("1m") Duration claimAfter, @DefaultValue("sc:fanout") String stream,
		@DefaultValue("5") int maxDeliveries) {
}
