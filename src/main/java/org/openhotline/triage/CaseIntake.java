package org.openhotline.triage;

import java.util.Comparator;

import org.openhotline.intake.ReportReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns every received report into cases: one per canonical URL, repeat reports joining. */
@Component
class CaseIntake {

	private final CaseRepository cases;

	CaseIntake(CaseRepository cases) {
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(ReportReceived report) {
		// a fixed order of rows, so that two reports of the same addresses cannot deadlock
		report.items()
			.stream()
			.sorted(Comparator.comparing(ReportReceived.Item::canonicalUrl))
			.forEach(item -> cases.join(report, item));
	}
}
