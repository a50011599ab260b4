package org.openhotline.exchange.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The exchange outbox run: a due run is picked by one node only. */
@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

	/** Absent on a node configured to leave the outbox to the others (openhotline.exchange.outbox-enabled=false). */
	@Bean
	@ConditionalOnBooleanProperty(name = "openhotline.exchange.outbox-enabled", matchIfMissing = true)
	RecurringTask<Void> exchangeOutboxTask(ExchangeDelivery delivery, ExchangeProperties properties) {
		return Tasks.recurring("exchange-outbox", FixedDelay.of(properties.pollInterval()))
			.execute((instance, context) -> {
				delivery.sendDue();
				delivery.wakeForNextDue();
			});
	}
}
