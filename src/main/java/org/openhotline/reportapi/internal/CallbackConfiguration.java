package org.openhotline.reportapi.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The callback outbox run: a due run is picked by one node only. */
@Configuration(proxyBeanMethods = false)
class CallbackConfiguration {

	/** Absent on a node configured to leave the outbox to the others (openhotline.report-api.callbacks.outbox-enabled=false). */
	@Bean
	@ConditionalOnBooleanProperty(name = "openhotline.report-api.callbacks.outbox-enabled", matchIfMissing = true)
	RecurringTask<Void> reportApiCallbackTask(CallbackDelivery delivery, CallbackProperties properties) {
		return Tasks.recurring("report-api-callbacks", FixedDelay.of(properties.pollInterval()))
			.execute((instance, context) -> delivery.sendDue());
	}
}
