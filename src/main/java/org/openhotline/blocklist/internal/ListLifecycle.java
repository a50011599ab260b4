package org.openhotline.blocklist.internal;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * The list's first version, each node's index loaded before it answers lookups, and the change
 * log kept for {@code changes-kept} (a member further behind is told to fetch the whole list).
 */
@Configuration(proxyBeanMethods = false)
class ListLifecycle {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ListLifecycle.class);

	/**
	 * A list that cannot be loaded must not keep the portal from taking reports: the node starts,
	 * its lookups answer 503, and the index tries again at each refresh.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		try {
			event.getApplicationContext().getBean(ListChanges.class).ensureFirstVersion();
			event.getApplicationContext().getBean(LookupIndex.class).refresh();
		}
		catch (RuntimeException ex) {
			log.error("The URL list could not be loaded for lookups; they answer 503 until it can: {}", ex.toString());
		}
	}

	@Bean
	RecurringTask<Void> urlListChangeLogTask(ChangeLogPruning pruning) {
		return Tasks.recurring("url-list-change-log", FixedDelay.ofHours(1)).execute((instance, context) -> pruning.prune());
	}

	@org.springframework.stereotype.Component
	static class ChangeLogPruning {

		private final ListStore store;

		private final BlocklistProperties properties;

		private final Clock clock;

		ChangeLogPruning(ListStore store, BlocklistProperties properties, Clock clock) {
			this.store = store;
			this.properties = properties;
			this.clock = clock;
		}

		/** Keeps the changes of every version made within the period, and the ones since. */
		@Transactional
		public void prune() {
			store.lockHead();
			store.firstVersionSince(clock.instant().minus(properties.changesKept())).ifPresent(first -> {
				store.deleteChangesBefore(first);
				store.setChangesFrom(first - 1);
			});
		}
	}
}
