package org.openhotline.reportapi.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** An Idempotency-Key is honoured for 24 hours; the rows of older keys are deleted every hour. */
@Configuration(proxyBeanMethods = false)
class IdempotencyCleanUp {

	static final Duration KEPT = Duration.ofHours(24);

	@Bean
	RecurringTask<Void> reportApiIdempotencyTask(IdempotencyKeys keys, Clock clock) {
		return Tasks.recurring("report-api-idempotency-keys", FixedDelay.ofHours(1))
			.execute((instance, context) -> keys.forgetBefore(clock.instant().minus(KEPT)));
	}
}
