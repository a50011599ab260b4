package org.openhotline.triage;

import java.util.Comparator;

import org.openhotline.intake.ReportReceived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns every received report into cases: one per canonical URL, repeat reports joining. */
@Component
class CaseIntake {

	private final CaseRepository cases;

	private final JdbcClient jdbc;

	CaseIntake(CaseRepository cases, JdbcClient jdbc) {
		this.cases = cases;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ReportReceived report) {
		// This commit need not wait for the disk: the publication is completed afterwards in a
		// transaction that does wait, and its flush covers this one (the WAL is written in
		// order). Should the server stop before, the publication is still open, is delivered
		// again at restart, and joining is idempotent. One flush fewer per report.
		jdbc.sql("SET LOCAL synchronous_commit = off").update();
		// a fixed order of rows, so that two reports of the same addresses cannot deadlock
		report.items()
			.stream()
			.sorted(Comparator.comparing(ReportReceived.Item::canonicalUrl))
			.forEach(item -> cases.join(report, item));
	}
}
