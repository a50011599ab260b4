package org.openhotline.reportapi.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The callback outbox run: a due run is picked by one node only. */
@Configuration(proxyBeanMethods = false)
class CallbackConfiguration {

	@Bean
	RecurringTask<Void> reportApiCallbackTask(CallbackDelivery delivery, CallbackProperties properties) {
		return Tasks.recurring("report-api-callbacks", FixedDelay.of(properties.pollInterval()))
			.execute((instance, context) -> delivery.sendDue());
	}
}
