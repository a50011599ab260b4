package org.openhotline.triage.internal;

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
		// each join commits on its own (CaseRepository#join), so no transaction holds the
		// rows of several cases and two reports of the same addresses cannot deadlock
		report.items().forEach(item -> cases.join(report, item));
	}
}
