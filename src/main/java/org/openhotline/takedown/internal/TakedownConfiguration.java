package org.openhotline.takedown.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The persistent tasks (db-scheduler, in PostgreSQL): one clock per action, rescheduled
 * after each tick until it stops, and the outbox run. A due task is picked by one node only.
 * The scheduler reads the app's {@link Clock}, so a test can move time.
 */
@Configuration(proxyBeanMethods = false)
class TakedownConfiguration {

	static final String CLOCK_TASK = "takedown-clock";

	@Bean
	Task<String> takedownClockTask(TakedownClock clock) {
		return Tasks.custom(CLOCK_TASK, String.class).execute((instance, context) -> {
			var next = clock.tick(UUID.fromString(instance.getData()));
			return next.<CompletionHandler<String>>map(at -> (complete, operations) -> operations.reschedule(complete, at))
				.orElse((complete, operations) -> operations.remove());
		});
	}

	/** Absent on a node configured to leave the outbox to the others (openhotline.takedown.outbox.enabled=false). */
	@Bean
	@ConditionalOnBooleanProperty(name = "openhotline.takedown.outbox.enabled", matchIfMissing = true)
	RecurringTask<Void> noticeOutboxTask(OutboxSender sender, TakedownProperties properties) {
		return Tasks.recurring("notice-outbox", FixedDelay.of(properties.outbox().pollInterval()))
			.execute((instance, context) -> sender.sendDue());
	}

	@Bean
	com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
		return clock::instant;
	}
}
