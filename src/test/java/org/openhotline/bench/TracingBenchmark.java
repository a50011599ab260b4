package org.openhotline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openhotline.tracing.HostingFixtures;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.HostingTracer;
import org.openhotline.tracing.RdapFixtures;
import org.openhotline.tracing.TraceOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Traces 10,000 distinct hosts against the loopback DNS server and RDAP fixtures, each
 * stored in PostgreSQL: 64 callers submit at once, the tracer lets
 * {@code openhotline.tracing.concurrency} run. Prints throughput, the time per trace (DNS,
 * IP data, three RDAP lookups) and per call (with the wait for a permit), and the peak of
 * threads and database connections.
 */
@Tag("bench")
@TestPropertySource(properties = { "openhotline.embedded-database.fsync=true", "logging.level.openhotline=WARN" })
class TracingBenchmark extends HostingFixtures {

	private static final int HOSTS = Integer.getInteger("bench.hosts", 10_000);

	private static final int CALLERS = 64;

	@Autowired
	HostingTracer tracer;

	@Autowired
	DataSource dataSource;

	@Test
	void traceTenThousandDistinctHosts() throws Exception {
		for (int i = 0; i < HOSTS; i++) {
			String address = (i % 2 == 0 ? "203.0.113." : "198.51.100.") + (i % 250 + 1);
			DNS.host("host-" + i + ".bench.example", address);
			RDAP.answer("domain/bench" + i + ".example", RdapFixtures.domain("bench" + i + ".example", "Bench Registrar", "abuse@registrar.example"));
		}
		for (int i = 1; i <= 250; i++) {
			RDAP.answer("ip/203.0.113." + i, RdapFixtures.network("NET-A" + i, "EXAMPLE-HOSTING-FR", "FR", "Abuse", "abuse@hosting-fr.example"));
			RDAP.answer("ip/198.51.100." + i, RdapFixtures.network("NET-B" + i, "EXAMPLE-NET-US", "US", "Abuse", "abuse@net-us.example"));
		}
		RDAP.answer("autnum/64501", RdapFixtures.autnum(64501, "EXAMPLE-TRANSIT-US", "noc@transit-us.example"));
		// warm-up: JIT, connections
		run(500);

		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		AtomicInteger peakConnections = new AtomicInteger();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peakConnections.accumulateAndGet(pool.getHikariPoolMXBean().getActiveConnections(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.start();
		ManagementFactory.getThreadMXBean().resetPeakThreadCount();
		long start = System.nanoTime();
		Result result = run(HOSTS);
		double seconds = (System.nanoTime() - start) / 1e9;
		sampler.interrupt();

		assertThat(result.traced()).isEqualTo(HOSTS);
		System.out.println("### tracing " + HOSTS + " distinct hosts (loopback DNS and RDAP, PostgreSQL)");
		System.out.printf("throughput: %.0f traces/s (%.1f s); concurrency %d callers, tracer permits as configured%n",
				HOSTS / seconds, seconds, CALLERS);
		System.out.println("| measure | traces | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|");
		System.out.println(new Percentiles(result.service()).row("per trace (DNS, IP data, RDAP x3)"));
		System.out.println(new Percentiles(result.call()).row("per call (with the wait for a permit, and the store)"));
		System.out.printf("peak threads in the JVM: %d; peak database connections in use: %d of %d%n",
				ManagementFactory.getThreadMXBean().getPeakThreadCount(), peakConnections.get(),
				pool.getMaximumPoolSize());
	}

	private record Result(int traced, double[] service, double[] call) {
	}

	private Result run(int count) throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		try {
			List<Future<double[]>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(callers.submit(() -> {
					long begin = System.nanoTime();
					HostingTrace trace = tracer.trace(UUID.randomUUID(), "host-" + n + ".bench.example",
							"bench" + n + ".example");
					double call = (System.nanoTime() - begin) / 1e6;
					if (trace.outcome() != TraceOutcome.TRACED || trace.hostContact() == null) {
						throw new IllegalStateException("not traced: " + trace);
					}
					return new double[] { trace.traceMillis(), call };
				}));
			}
			double[] service = new double[count];
			double[] call = new double[count];
			for (int i = 0; i < count; i++) {
				double[] r = futures.get(i).get();
				service[i] = r[0];
				call[i] = r[1];
			}
			return new Result(count, service, call);
		}
		finally {
			callers.shutdown();
		}
	}
}
