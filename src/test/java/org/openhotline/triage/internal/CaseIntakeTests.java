package org.openhotline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhotline.intake.ReportReceived;
import org.openhotline.database.AsyncCommitJdbc;
import org.openhotline.triage.CaseId;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.ReporterStatus;
import org.openhotline.triage.ReporterStatusQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Triage as a module: every received report becomes one case per canonical URL; repeats join it. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CaseIntakeTests {

	@Autowired
	CaseRepository repository;

	@Autowired
	ReporterStatusQuery statuses;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AsyncCommitJdbc asyncCommit;

	@Test
	void aReportMakesOneCasePerAddressAndARepeatReportJoinsIt(Scenario scenario) {
		String url = "https://example.com/" + UUID.randomUUID();
		ReportReceived first = report(url, "https://example.org/other-" + UUID.randomUUID());

		scenario.publish(first)
			.andWaitForStateChange(() -> byUrl(url).orElse(null))
			.andVerify(created -> {
				assertThat(created.reportCount()).isEqualTo(1);
				assertThat(created.status()).isEqualTo(CaseStatus.NEW);
			});

		scenario.publish(report(url))
			.andWaitForStateChange(() -> byUrl(url).map(Case::reportCount).orElse(0),
					count -> count == 2)
			.andVerify(count -> assertThat(count).isEqualTo(2));
		assertThat(statuses.statusOf(first.reportId())).isEqualTo(ReporterStatus.RECEIVED);
	}

	@Test
	void theSameEventDeliveredTwiceCountsOnce() {
		String url = "https://example.com/" + UUID.randomUUID();
		ReportReceived report = report(url);

		repository.join(report, report.items().get(0));
		repository.join(report, report.items().get(0));

		assertThat(byUrl(url)).get().extracting(Case::reportCount).isEqualTo(1);
	}

	/** A flood of reports on one new address, joined at once: every one counts, none fails on the new case's key. */
	@Test
	void reportsOfOneNewAddressJoinedAtOnceAllCount() throws Exception {
		for (int round = 0; round < 60; round++) {
			String url = "https://example.com/flood/" + UUID.randomUUID();
			java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<CaseId>> joins = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				ReportReceived report = report(url);
				joins.add(threads.submit(() -> {
					start.await();
					return repository.join(report, report.items().get(0));
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<CaseId> join : joins) {
				join.get();
			}
			threads.shutdown();
			assertThat(byUrl(url)).get().extracting(Case::reportCount).isEqualTo(8);
		}
	}

	@Test
	void joiningCommitsOnItsOwnWithoutWaitingForTheDisk() {
		ReportReceived report = report("https://example.com/" + UUID.randomUUID());

		// the listener's transaction rolls back after the join: the case is made all the same
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			repository.join(report, report.items().get(0));
			status.setRollbackOnly();
		});

		assertThat(byUrl(report.items().get(0).canonicalUrl())).isPresent();
		assertThat(asyncCommit.client().sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("off");
	}

	@Test
	void aReportWhoseCasesAreNotMadeYetIsReceived() {
		assertThat(statuses.statusOf(UUID.randomUUID())).isEqualTo(ReporterStatus.RECEIVED);
	}

	private java.util.Optional<Case> byUrl(String canonicalUrl) {
		return repository.findById(new CaseId(CaseRepository.caseIdOf(canonicalUrl)));
	}

	private static ReportReceived report(String... urls) {
		return new ReportReceived(UUID.randomUUID(), "ml", "fr", Instant.now(),
				List.of(urls)
					.stream()
					.map(u -> new ReportReceived.Item(u, u, "example.com", "example.com", List.of()))
					.toList());
	}
}
