package org.openhotline.takedown.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;

/** Starts and stops the persistent clock of an action (a db-scheduler task per action). */
@Component
public class ActionClocks {

	private final SchedulerClient scheduler;

	private final Task<String> clockTask;

	ActionClocks(SchedulerClient scheduler, Task<String> takedownClockTask) {
		this.scheduler = scheduler;
		this.clockTask = takedownClockTask;
	}

	/** The action's first tick, due at {@code due}. */
	public void start(UUID actionId, Instant due) {
		scheduler.schedule(clockTask.instance(actionId.toString(), actionId.toString()), due);
	}

	public void stop(UUID actionId) {
		try {
			scheduler.cancel(TaskInstanceId.of(clockTask.getName(), actionId.toString()));
		}
		catch (RuntimeException e) {
			// running right now or already gone: the tick sees the closed action and stops
		}
	}
}
