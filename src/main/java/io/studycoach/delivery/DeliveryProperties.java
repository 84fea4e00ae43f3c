package io.studycoach.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cron when the delivery tick runs (Spring cron; "-" turns it off, as the tests do)
 * @param workers how many sends run at once during a fan-out
 * @param batch how many due targets of a workspace one tick takes at most
 * @param lease how long a send holds its target before another instance may try it
 */
@ConfigurationProperties("coach.delivery")
public record DeliveryProperties(@DefaultValue("0 * * * * *") String cron, @DefaultValue("8") int workers,
		@DefaultValue("5000") int batch, @DefaultValue("2m") java.time.Duration lease) {
}
