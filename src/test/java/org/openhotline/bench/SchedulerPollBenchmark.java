package org.openhotline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openhotline.tracing.HostingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.TaskResolver;
import com.github.kagkarlsson.scheduler.event.SchedulerListeners;
import com.github.kagkarlsson.scheduler.jdbc.JdbcTaskRepository;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * The scheduler's due-task poll with 100,000 open actions on the clock: a table laid out and
 * indexed as the app's {@code scheduled_tasks}, 100,000 clock instances due over the next
 * 24 hours, and db-scheduler's own repository polling as the app is configured
 * (lock-and-fetch, 20 at a time) while time moves 10 s per poll, so each poll picks the
 * dozen that came due. Prints the time per poll.
 */
@Tag("bench")
@TestPropertySource(properties = "openhotline.embedded-database.fsync=true")
class SchedulerPollBenchmark extends HostingFixtures {

	private static final int OPEN_ACTIONS = Integer.getInteger("bench.actions", 100_000);

	private static final int POLLS = 1_000;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Task<String> takedownClockTask;

	@Test
	void dueTaskPollWithOneHundredThousandOpenActions() {
		jdbc.sql("DROP TABLE IF EXISTS bench_tasks").update();
		jdbc.sql("CREATE TABLE bench_tasks (LIKE scheduled_tasks INCLUDING ALL)").update();
		Instant start = Instant.parse("2027-01-01T00:00:00Z");
		long seedBegin = System.nanoTime();
		jdbc.sql("""
				INSERT INTO bench_tasks (task_name, task_instance, task_data, execution_time, picked, version)
				SELECT 'takedown-clock', gen_random_uuid()::text, NULL,
				       CAST(:start AS TIMESTAMPTZ) + (n * 86400.0 / :count) * interval '1 second', FALSE, 1
				FROM generate_series(1, :count) AS n
				""").param("start", java.sql.Timestamp.from(start)).param("count", OPEN_ACTIONS).update();
		jdbc.sql("ANALYZE bench_tasks").update();
		double seedSeconds = (System.nanoTime() - seedBegin) / 1e9;

		JdbcTaskRepository repository = new JdbcTaskRepository(dataSource, false, "bench_tasks",
				new TaskResolver(SchedulerListeners.NOOP, CLOCK::instant, List.of(takedownClockTask)),
				new SchedulerName.Fixed("bench"), false, CLOCK::instant);
		double[] lockAndFetch = new double[POLLS];
		double[] fetchOnly = new double[POLLS];
		int picked = 0;
		for (int i = 0; i < POLLS; i++) {
			Instant now = start.plus(Duration.ofSeconds(10L * i));
			long begin = System.nanoTime();
			List<Execution> due = repository.lockAndGetDue(now, 20);
			lockAndFetch[i] = (System.nanoTime() - begin) / 1e6;
			picked += due.size();
			begin = System.nanoTime();
			repository.getDue(now, 20);
			fetchOnly[i] = (System.nanoTime() - begin) / 1e6;
		}

		assertThat(picked).isGreaterThan(POLLS);
		System.out.printf("### due-task poll, %d open actions on the clock (seeded in %.1f s), %d polls, %d executions picked%n",
				OPEN_ACTIONS, seedSeconds, POLLS, picked);
		System.out.println("| poll | polls | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.println(new Percentiles(lockAndFetch).row("lock-and-fetch (the app's strategy: pick and lock up to 20 due)"));
		System.out.println(new Percentiles(fetchOnly).row("fetch (read up to 20 due)"));
		jdbc.sql("DROP TABLE bench_tasks").update();
	}
}
